import Testing

@testable import DealdeskLanguage

@Test(
  arguments: [
    ("acme", "acme", 1, 0), ("acme", "acne", 1, 1), ("acme", "amce", 1, 1),
    ("acme", "acmee", 1, 1), ("acme", "acm", 1, 1), ("acme", "ac", 1, nil),
    ("kitten", "sitting", 3, 3), ("kitten", "sitting", 2, nil), ("", "abc", 3, 3),
    ("", "abc", 2, nil), ("abc", "", 3, 3), ("", "", 0, 0), ("ca", "abc", 3, 3),
    ("linen", "linne", 1, 1), ("tekstil", "tesktil", 1, 1), ("abcdef", "badcfe", 3, 3),
    ("a", "b", 0, nil), ("a", "a", 0, 0), ("acme", "xyzw", 10, 4), ("acme", "acme", -1, nil),
    ("poplin", "poplni", 1, 1), ("abc", "abd", Int.max, 1), ("durres", "durrës", 1, 1),
    ("acme textiles", "acme textils", 2, 1), ("tekstil plus", "tekstl pluss", 2, 2),
  ] as [(String, String, Int, Int?)])
func distances(a: String, b: String, limit: Int, expected: Int?) {
  #expect(EditDistance.distance(a, b, limit: limit) == expected)
  #expect(EditDistance.distance(b, a, limit: limit) == expected)
}

@Test(
  arguments: [
    (0, 0), (1, 0), (3, 0), (4, 1), (7, 1), (8, 2), (20, 2), (-1, 0),
  ] as [(Int, Int)])
func typoAllowance(length: Int, allowance: Int) {
  #expect(EditDistance.allowance(forLength: length) == allowance)
}

/// The unbanded textbook recurrence, to check the banded one against.
private func referenceDistance(_ a: [Character], _ b: [Character]) -> Int {
  var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
  for i in 0...a.count { d[i][0] = i }
  for j in 0...b.count { d[0][j] = j }
  for i in stride(from: 1, through: a.count, by: 1) {
    for j in stride(from: 1, through: b.count, by: 1) {
      let cost = a[i - 1] == b[j - 1] ? 0 : 1
      d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
        d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
      }
    }
  }
  return d[a.count][b.count]
}

@Test func bandedDistanceAgreesWithTheFullTable() {
  var random = SplitMix64(state: 7)
  let letters: [Character] = ["a", "b", "c", "d"]
  for _ in 0..<3000 {
    let a = (0..<Int.random(in: 0...7, using: &random)).map { _ in
      letters.randomElement(using: &random) ?? "a"
    }
    let b = (0..<Int.random(in: 0...7, using: &random)).map { _ in
      letters.randomElement(using: &random) ?? "a"
    }
    let limit = Int.random(in: 0...4, using: &random)
    let full = referenceDistance(a, b)
    let banded = EditDistance.distance(String(a), String(b), limit: limit)
    #expect(banded == (full <= limit ? full : nil), "\(String(a)) / \(String(b)) limit \(limit)")
  }
}

@Test func longInputsAreCheap() {
  let long = String(repeating: "linen 220 ", count: 10_000)
  #expect(EditDistance.distance(long, long + "x", limit: 2) == 1)
  #expect(EditDistance.distance(long, "linen", limit: 2) == nil)
  #expect(EditDistance.distance(long, String(long.reversed()), limit: 2) == nil)
}
