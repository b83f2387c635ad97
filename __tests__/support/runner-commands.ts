/**
 * What the Actions runner would act on in a step's output: it splits lines at \n, \r\n and a
 * lone \r (.NET's ReadLine), takes a line as a command when it starts with `::` after its leading
 * white space is trimmed, and takes `##[` anywhere in a line as a command too. The log viewer
 * also reads ANSI escapes. Tests use this to check that nothing from data can issue a command.
 */
export function runnerCommands(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => line.trimStart().startsWith('::') || line.includes('##['))
}
