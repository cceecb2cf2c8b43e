import DealdeskApp
import Foundation

/// How much of a phrasing corpus the desk understands: `dealdesk-bench corpus [FILE.tsv]
/// [--desk SCRIPT] [--failures]`. The corpus is a TSV of `family<TAB>line<TAB>reading` (the
/// project's development set is Tests/Fixtures/corpus/phrasings-dev.tsv; a held-out set has
/// the same shape). Each line is explained, changing nothing, on a scratch desk built by
/// SCRIPT (default Tests/Fixtures/corpus/corpus-desk.desk), and the share understood is
/// printed per family. "Understood" is not "understood right": the phrasing tables assert the
/// reading; this measures reach on lines nobody wrote the grammar for.
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

    var families: [String] = []
    var counts: [String: (understood: Int, total: Int)] = [:]
    var failures: [(String, String, String)] = []
    for row in text.split(separator: "\n").dropFirst() {
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 2 else { continue }
      let (family, line) = (fields[0], fields[1])
      if counts[family] == nil { families.append(family) }
      let reply = session.handle("explain " + line)
      var count = counts[family] ?? (0, 0)
      count.total += 1
      if !reply.isError { count.understood += 1 } else { failures.append((family, line, reply.text)) }
      counts[family] = count
    }
    _ = session.close()
    let understood = counts.values.map(\.understood).reduce(0, +), total = counts.values.map(\.total).reduce(0, +)
    print("corpus \(corpus): \(understood) of \(total) lines understood (\(percent(understood, total)))")
    for family in families {
      guard let count = counts[family] else { continue }
      print("  \(family.padding(toLength: 26, withPad: " ", startingAt: 0)) \(count.understood)/\(count.total)  \(percent(count.understood, count.total))")
    }
    if showFailures {
      print("\nrefused:")
      for (family, line, reply) in failures {
        print("[\(family)] \(line)\n    → \(reply.split(separator: "\n").first ?? "")")
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
