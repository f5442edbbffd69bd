// Shard 2 of the engine battery (run-battery.ts): a file of its own so that the test runner gives it a core.
import { runBattery } from './run-battery';

runBattery(1, 2);
