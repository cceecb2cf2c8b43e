/// `dealdesk --data DIR run FILE` puts the desk's options before the subcommand, which
/// argument-parser would hand to the default subcommand; move them after the name instead.
enum DeskArguments {
  static let subcommands: Set<String> = ["open", "run", "check", "export", "explain", "train", "repair", "team"]
  static let teamSubcommands: Set<String> = ["push", "pull", "add-user", "users"]
  /// Global options that take a value.
  static let valued = ["--data", "--team", "--width", "--color"]

  static func subcommandFirst(_ arguments: [String]) -> [String] {
    var globals: [String] = []
    var i = 0
    while i < arguments.count {
      let argument = arguments[i]
      if valued.contains(argument), i + 1 < arguments.count {
        globals += [argument, arguments[i + 1]]
        i += 2
      } else if valued.contains(where: { argument.hasPrefix($0 + "=") }) || argument == "--read-only" {
        globals.append(argument)
        i += 1
      } else {
        break
      }
    }
    guard !globals.isEmpty, i < arguments.count, subcommands.contains(arguments[i]) else { return arguments }
    // `team push`, `pull`, `add-user` and `users` take the desk's options; `team` itself takes none.
    if arguments[i] == "team", i + 1 < arguments.count, teamSubcommands.contains(arguments[i + 1]) {
      return [arguments[i], arguments[i + 1]] + globals + arguments[(i + 2)...]
    }
    return [arguments[i]] + globals + arguments[(i + 1)...]
  }
}
