import ArgumentParser
import DealdeskApp
import Foundation

/// `--width N` and `--color WHEN`: how replies are laid out for the screen they go to.
struct ScreenOptions: ParsableArguments {
  @Option(help: ArgumentHelp(
    "Lay replies out for N columns (default: the terminal's width; in a pipe, no limit).", valueName: "N"))
  var width: Int?

  @Option(help: ArgumentHelp(
    "Colour that carries meaning: auto (at a terminal, unless NO_COLOR is set), always, or never.", valueName: "WHEN"))
  var color: ColorChoice = .auto

  func validate() throws {
    if let width, !(Screen.narrowest...10_000).contains(width) {
      throw ValidationError("--width is the columns to lay replies out for, \(Screen.narrowest) or more (80 is a classic terminal).")
    }
  }

  /// The screen standard output is, as these options and the environment describe it.
  var resolved: Screen {
    Screen.resolve(width: width, color: color, environment: ProcessInfo.processInfo.environment, style: Output.style)
  }

  /// A script's replies keep their full width and no colour, at a terminal too, as its
  /// transcript has them; only what the options ask for explicitly changes that.
  var forScript: Screen {
    Screen(width: width.map(Screen.Width.columns) ?? .unlimited, color: color == .always, style: Output.style)
  }
}

extension ColorChoice: ExpressibleByArgument {}
