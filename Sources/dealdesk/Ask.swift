import DealdeskApp
import Foundation
import LineEditor

/// A yes/no at a terminal, the way a typo's correction is offered: "[Enter] yes". Enter (or
/// yes) runs the question's whole line, no says so and runs nothing, and any other line is
/// a new line of its own. Only at a terminal: a pipe or a script is never asked.
enum Ask {
  /// What the manager answered: the line to handle next (the question's, or another typed
  /// instead), or nil with what to say when nothing is to run.
  enum Answer {
    case run(String)
    case nothing(String)
  }

  static func ask(_ question: YesNoQuestion, prompt: String, _ editor: LineEditor) -> Answer {
    Output.out(question.text + " [Enter] yes")
    switch editor.readLine(prompt: Output.prompt(prompt)) {
    case .line(let typed):
      let answer = typed.trimmingCharacters(in: .whitespaces)
      switch answer.lowercased() {
      case "", "y", "yes":
        editor.remember(question.line)
        return .run(question.line)
      case "n", "no":
        return .nothing(question.declined)
      default:
        editor.remember(typed)
        return .run(answer)
      }
    case .interrupted, .endOfInput:
      return .nothing(question.declined)
    }
  }
}
