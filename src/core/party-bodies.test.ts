import { expect, it } from 'vitest';
import { splitPartyBody } from './party-bodies.js';

it('splits a Ban’s full name into the superior committee and the Ban (HD 36-HD/VPTW letterhead)', () => {
  expect(splitPartyBody('Ban Xây dựng Đảng Đảng ủy xã')).toEqual({ superior: 'Đảng ủy xã', body: 'Ban Xây dựng Đảng' });
  expect(splitPartyBody('Ban Xây dựng Đảng Đảng ủy phường Phú Lợi')).toEqual({
    superior: 'Đảng ủy phường Phú Lợi',
    body: 'Ban Xây dựng Đảng',
  });
  expect(splitPartyBody('Ban Tuyên giáo và Dân vận Tỉnh ủy')).toEqual({
    superior: 'Tỉnh ủy',
    body: 'Ban Tuyên giáo và Dân vận',
  });
  expect(splitPartyBody('Đảng ủy phường')).toBeUndefined();
  expect(splitPartyBody('Sở Nội vụ')).toBeUndefined();
  expect(splitPartyBody('Ban Xây dựng Đảng')).toBeUndefined();
});
