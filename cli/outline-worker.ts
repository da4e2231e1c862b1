/** One of the CLI's batch workers (cli/pool.ts): outlines the files it is sent, answering with what to print. */
import { serveTasks } from './pool';
import { labelsFor, printedOutline, type PrintSettings } from './outline';

let labels: ReturnType<typeof labelsFor> | undefined;
serveTasks<string, ReturnType<typeof printedOutline>, PrintSettings>((file, settings) => printedOutline(file, settings, (labels ??= labelsFor(settings.language))));
