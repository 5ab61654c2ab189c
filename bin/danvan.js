#!/usr/bin/env node
import { main } from '../dist/main.js';
import { nodeIo } from '../dist/io.js';

process.exitCode = await main(process.argv.slice(2), nodeIo());
