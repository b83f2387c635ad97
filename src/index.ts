/** The action's entry point: everything happens in run(). */
import { run } from './main.js'
import { escapeProcessWarnings } from './config/process-warnings.js'

escapeProcessWarnings()

await run()
