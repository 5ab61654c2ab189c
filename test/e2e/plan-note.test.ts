import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT } from '../helpers/run-cli.js';

// Issue 12, case 10: files that name a plan, validated without one, say plainly that quotas and deadlines went unchecked.
describe('validate without a plan', () => {
  it('names the plan the files give and the flag that applies it', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['validate', 'test/fixtures/valid-registration'], io)).toBe(0);
    expect(io.out()).toContain(
      'Chưa áp dụng kế hoạch nào nên chưa xét chỉ tiêu và hạn nộp (các tệp ghi ke_hoach: vinh-long-2025); thêm --plan vinh-long-2025.',
    );
    const json = fakeIo(ROOT);
    await main(['validate', 'test/fixtures/valid-registration', '-f', 'json'], json);
    expect(JSON.parse(json.out())).toMatchObject({ planNotApplied: ['vinh-long-2025'] });
  });

  it('says nothing of the kind once the plan is applied', async () => {
    const io = fakeIo(ROOT);
    await main(['validate', 'test/fixtures/valid-registration', '--plan', 'vinh-long-2025'], io);
    expect(io.out()).not.toContain('Chưa áp dụng kế hoạch');
  });

  it('in English', async () => {
    const io = fakeIo(ROOT);
    await main(['--lang', 'en', 'validate', 'test/fixtures/valid-registration'], io);
    expect(io.out()).toContain('No plan was applied, so quotas and deadlines were not checked');
  });
});
