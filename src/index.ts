/** The action's entry point: everything happens in run(). */
import { failOnStrayError, run } from './main.js'
import { escapeProcessWarnings } from './config/process-warnings.js'

escapeProcessWarnings()
process.on('uncaughtException', failOnStrayError)
process.on('unhandledRejection', failOnStrayError)

await run()
