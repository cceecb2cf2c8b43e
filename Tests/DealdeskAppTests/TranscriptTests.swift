import DealdeskApp
import Foundation
import Testing

/// Each script in scripts/ with a transcript beside it is replayed on a new desk and must
/// print exactly its transcript. A change of wording shows up as a reviewed diff.
/// DEALDESK_UPDATE_TRANSCRIPTS=1 swift test rewrites them.
@Suite struct TranscriptTests {
  static let scripts = ["tour", "negotiation", "approvals", "fulfilment", "reports", "morning", "claims"]

  @Test(arguments: scripts)
  func scriptPrintsItsTranscript(name: String) throws {
    let folder = TestDesk.repository.appendingPathComponent("scripts")
    let script = try String(contentsOf: folder.appendingPathComponent("\(name).desk"), encoding: .utf8)
    let expectedURL = folder.appendingPathComponent("\(name).out")
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    let actual = Transcript.record(script, in: session)
    _ = session.close()
    if ProcessInfo.processInfo.environment["DEALDESK_UPDATE_TRANSCRIPTS"] == "1" {
      try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
    }
    let expected = (try? String(contentsOf: expectedURL, encoding: .utf8)) ?? ""
    #expect(actual == expected, "\(name).desk no longer prints \(name).out:\n\(Self.firstDifference(actual, expected))")
  }

  static func firstDifference(_ a: String, _ b: String) -> String {
    let (x, y) = (a.split(separator: "\n", omittingEmptySubsequences: false), b.split(separator: "\n", omittingEmptySubsequences: false))
    for i in 0..<max(x.count, y.count) where (i < x.count ? x[i] : nil) != (i < y.count ? y[i] : nil) {
      return "line \(i + 1):\n  now:      \(i < x.count ? String(x[i]) : "<end>")\n  expected: \(i < y.count ? String(y[i]) : "<end>")"
    }
    return ""
  }
}
