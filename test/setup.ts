// Runs in every test file: temp folders made through test/helpers/cli.ts go when the file ends.
import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers/cli.js';

afterAll(() => removeTempDirs());
