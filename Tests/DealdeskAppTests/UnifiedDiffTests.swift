@testable import DealdeskApp
import Foundation
import Testing

/// The unified diff `dealdesk check` prints: the hunks `diff -u` would print, from a shortest edit.
@Suite struct UnifiedDiffTests {
  @Test func theSameTextHasNoDiff() {
    #expect(UnifiedDiff.diff(from: "a\nb\n", to: "a\nb\n", oldName: "x", newName: "y") == nil)
    #expect(UnifiedDiff.diff(from: "", to: "", oldName: "x", newName: "y") == nil)
  }

  /// The expected texts are what GNU diff 3 prints for the same files (`diff -u old new`,
  /// dates left out of the headers).
  @Test func aChangeIsShownWithThreeLinesOfContextEitherSide() {
    let old = (1...12).map { "line \($0)\n" }.joined()
    let new = old.replacingOccurrences(of: "line 6\n", with: "line six\n")
    #expect(
      UnifiedDiff.diff(from: old, to: new, oldName: "a.out", newName: "b.out") == """
        --- a.out
        +++ b.out
        @@ -3,7 +3,7 @@
         line 3
         line 4
         line 5
        -line 6
        +line six
         line 7
         line 8
         line 9
        """)
  }

  @Test func changesFarApartAreSeparateHunksAndCloseOnesShareOne() {
    let old = (1...20).map { "\($0)\n" }.joined()
    var lines = (1...20).map(String.init)
    lines[1] = "two"  // line 2
    lines[8] = "nine"  // line 9: six unchanged lines after line 2, so one hunk
    lines[18] = "nineteen"  // line 19: nine unchanged lines after line 9, a second hunk
    lines.insert("inserted", at: 19)
    let new = lines.map { $0 + "\n" }.joined()
    #expect(
      UnifiedDiff.diff(from: old, to: new, oldName: "a", newName: "b") == """
        --- a
        +++ b
        @@ -1,12 +1,12 @@
         1
        -2
        +two
         3
         4
         5
         6
         7
         8
        -9
        +nine
         10
         11
         12
        @@ -16,5 +16,6 @@
         16
         17
         18
        -19
        +nineteen
        +inserted
         20
        """)
  }

  @Test func anEmptySideAndAMissingFinalNewline() {
    #expect(UnifiedDiff.diff(from: "", to: "a\nb\n", oldName: "a", newName: "b") == "--- a\n+++ b\n@@ -0,0 +1,2 @@\n+a\n+b")
    #expect(UnifiedDiff.diff(from: "a\n", to: "", oldName: "a", newName: "b") == "--- a\n+++ b\n@@ -1 +0,0 @@\n-a")
    #expect(
      UnifiedDiff.diff(from: "a\nb\n", to: "a\nb", oldName: "a", newName: "b")
        == "--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file")
  }

  @Test func insertingAtTheTopNeedsOnlyTheContextAsked() {
    #expect(
      UnifiedDiff.diff(from: "a\nb\nc\nd\ne\n", to: "new\na\nb\nc\nd\ne\n", oldName: "a", newName: "b", context: 1)
        == "--- a\n+++ b\n@@ -1 +1,2 @@\n+new\n a")
  }

  /// On many random pairs: the edit keeps a longest common subsequence (its length found by
  /// the textbook table), and applying it — or its printed diff — to the old lines gives the new.
  @Test func theEditIsShortestAndTheDiffTurnsOldIntoNew() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<400 {
      let a = (0..<Int.random(in: 0...14, using: &generator)).map { _ in ["a", "b", "c", "d"].randomElement(using: &generator) ?? "a" }
      let b = (0..<Int.random(in: 0...14, using: &generator)).map { _ in ["a", "b", "c", "d"].randomElement(using: &generator) ?? "a" }
      let edits = UnifiedDiff.Edit.script(a, b)
      let kept = edits.filter { if case .same = $0 { return true } else { return false } }.count
      #expect(kept == Self.longestCommonSubsequence(a, b), "\(a) → \(b)")
      var rebuilt: [String] = []
      for edit in edits {
        switch edit {
        case .same(let i, let j):
          #expect(a[i] == b[j])
          rebuilt.append(a[i])
        case .added(let j): rebuilt.append(b[j])
        case .removed: break
        }
      }
      #expect(rebuilt == b)
      let old = a.map { $0 + "\n" }.joined()
      let new = b.map { $0 + "\n" }.joined()
      if let diff = UnifiedDiff.diff(from: old, to: new, oldName: "a", newName: "b", context: Int.random(in: 0...3, using: &generator)) {
        #expect(Self.patch(old, with: diff) == new, "\(a) → \(b):\n\(diff)")
      } else {
        #expect(a == b)
      }
    }
  }

  static func longestCommonSubsequence(_ a: [String], _ b: [String]) -> Int {
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in a.indices.reversed() {
      for j in b.indices.reversed() {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    return table[0][0]
  }

  /// Applies a unified diff the way `patch` does, checking every context and removed line.
  static func patch(_ text: String, with diff: String) -> String? {
    let old = text.split(separator: "\n").map(String.init)
    var new: [String] = []
    var next = 0  // the next old line not yet copied
    for line in diff.split(separator: "\n").dropFirst(2).map(String.init) {
      if line.hasPrefix("@@") {
        let start = line.dropFirst(4).prefix { $0.isNumber }
        guard var from = Int(start) else { return nil }
        let count = line.dropFirst(4 + start.count).hasPrefix(",0 ") ? 0 : 1
        if count > 0 { from -= 1 }  // an empty old side names the line before it
        guard from >= next else { return nil }
        new += old[next..<from]
        next = from
      } else if line.hasPrefix(" ") || line.hasPrefix("-") {
        guard next < old.count, old[next] == line.dropFirst() else { return nil }
        if line.hasPrefix(" ") { new.append(old[next]) }
        next += 1
      } else if line.hasPrefix("+") {
        new.append(String(line.dropFirst()))
      }
    }
    new += old[next...]
    return new.map { $0 + "\n" }.joined()
  }
}
