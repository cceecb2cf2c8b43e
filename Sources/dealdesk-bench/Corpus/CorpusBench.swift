import DealdeskApp
import Foundation

/// How much of a phrasing corpus the desk understands: `dealdesk-bench corpus [FILE.tsv]
/// [--desk SCRIPT] [--failures]`. The corpus is a TSV of `family<TAB>line<TAB>reading` (the
/// project's development set is Tests/Fixtures/corpus/phrasings-dev.tsv; a held-out set has
/// the same shape). Each line is explained, changing nothing, on a scratch desk built by
/// SCRIPT (default Tests/Fixtures/corpus/corpus-desk.desk), and the share understood is
/// printed per family (DealdeskApp's CorpusReach).
enum CorpusBench {
  static func main(_ arguments: [String]) {
    let corpus = arguments.dropFirst(2).first { !$0.hasPrefix("--") && !$0.hasSuffix(".desk") }
      ?? "Tests/Fixtures/corpus/phrasings-dev.tsv"
    let script = value(after: "--desk", in: arguments) ?? "Tests/Fixtures/corpus/corpus-desk.desk"
    let showFailures = arguments.contains("--failures")
    guard let text = try? String(contentsOfFile: corpus, encoding: .utf8) else {
      print("dealdesk-bench corpus: cannot read \(corpus)")
      exit(1)
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-corpus-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                   attributes: [.posixPermissions: 0o700])) != nil,
      let session = try? Session.open(at: folder, clock: .fixed(Date(timeIntervalSince1970: 1_796_029_200)))
    else {
      print("dealdesk-bench corpus: cannot open a scratch desk in \(folder.path)")
      exit(1)
    }
    let setup = ScriptRunner.runFile(script, in: session, keepGoing: true)
    if setup.failures > 0 { print("warning: \(setup.failures) line(s) of \(script) were refused") }

    let reach = CorpusReach.measure(tsv: text, on: session)
    _ = session.close()
    print("corpus \(corpus): \(reach.understood) of \(reach.total) lines read as meant (\(percent(reach.understood, reach.total))): understood, or refused where the reading says so")
    for family in reach.families {
      print("  \(family.name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(family.understood)/\(family.total)  \(percent(family.understood, family.total))")
    }
    if showFailures {
      print("\nrefused:")
      for refusal in reach.refusals {
        print("[\(refusal.family)] \(refusal.line)\n    → \(refusal.reply.split(separator: "\n").first ?? "")")
      }
    }
  }

  private static func value(after flag: String, in arguments: [String]) -> String? {
    guard let at = arguments.firstIndex(of: flag), at + 1 < arguments.count else { return nil }
    return arguments[at + 1]
  }

  private static func percent(_ part: Int, _ whole: Int) -> String {
    whole == 0 ? "–" : String(format: "%.0f%%", Double(part) * 100 / Double(whole))
  }
}
