import DealdeskCore
import Foundation
import Testing

@testable import DealdeskApp

/// A script's text split into lines by its bytes gives the lines Foundation's replacing and
/// splitting gave: "\r\n", "\r" and "\n" each end a line, and nothing else does.
@Suite struct ScriptLinesTests {
  static func foundationLines(_ text: String) -> [String] {
    text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func edgesSplitAsBefore() {
    for text in ["", "\n", "\r", "\r\n", "a", "a\n", "a\r\nb", "a\rb\nc\r\n", "\n\n", "\r\r\n\n", "é\r\n控\r🧵\n"] {
      #expect(ScriptRunner.lines(of: text) == Self.foundationLines(text), "\(text.debugDescription)")
    }
  }

  @Test func randomTextsSplitAsBefore() {
    let pieces = ["a", "note Acme: x", " ", "é", "控", "🧵", "\r", "\n", "\r\n", "e\u{301}", "\t"]
    for seed in 0..<2_000 {
      var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1
      var text = ""
      for _ in 0..<Int(state % 40) {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        text += pieces[Int(state % UInt64(pieces.count))]
      }
      #expect(ScriptRunner.lines(of: text) == Self.foundationLines(text), "seed \(seed): \(text.debugDescription)")
    }
  }
}
