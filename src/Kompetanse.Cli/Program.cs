using System.CommandLine;
using Kompetanse.Cli;

return Commands.Root().Parse(args).Invoke();
