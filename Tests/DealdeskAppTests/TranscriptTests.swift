import DealdeskApp
import Foundation
import Testing

/// Each script in scripts/ is replayed on a scratch desk and must print exactly its
/// transcript, with every line that fails marked @expect-error and every @expect holding.
/// This is what `dealdesk check` does (both call Transcript.replay), so the two agree.
/// A change of wording shows up as a reviewed diff; DEALDESK_UPDATE_TRANSCRIPTS=1 swift test
/// --filter TranscriptTests rewrites the transcripts.
@Suite struct TranscriptTests {
  static let folder = TestDesk.repository.appendingPathComponent("scripts")

  /// Every script, found rather than listed, so a new one cannot be left unchecked.
  static let scripts: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    .filter { $0.hasSuffix(".desk") }.map { String($0.dropLast(5)) }.sorted()

  @Test func theProductScriptsAreThere() {
    for name in ["demo", "trainee-negotiation", "morning", "tour", "contract"] { #expect(Self.scripts.contains(name), "\(name).desk") }
  }

  @Test(arguments: scripts)
  func scriptPrintsItsTranscript(name: String) throws {
    let script = Self.folder.appendingPathComponent("\(name).desk").path
    let transcript = Transcript.path(forScript: script)
    let replay = try Transcript.replay(file: script).get()
    if ProcessInfo.processInfo.environment["DEALDESK_UPDATE_TRANSCRIPTS"] == "1" {
      try replay.text.write(toFile: transcript, atomically: true, encoding: .utf8)
    }
    let expected = (try? String(contentsOfFile: transcript, encoding: .utf8)) ?? ""
    let diff = UnifiedDiff.diff(from: expected, to: replay.text, oldName: "\(name).out", newName: "replayed now") ?? ""
    #expect(diff.isEmpty, "\(name).desk no longer prints \(name).out:\n\(diff)")
    #expect(replay.problems.isEmpty, "\(replay.problems.map(\.description).joined(separator: "\n"))")
  }
}
