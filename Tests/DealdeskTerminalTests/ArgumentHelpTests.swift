import Foundation
import Testing

/// `dealdesk --help` is wrapped to the terminal by argument-parser, never broken where its own
/// source had a line end: it once read "…prints only the\nreplies,\nexiting non-zero…" (issue 22).
@Suite struct ArgumentHelpTests {
  @Test(arguments: [(["--help"], 80), (["--help"], 100), (["check", "--help"], 80)])
  func theOverviewBreaksOnlyWhereTheNextWordWouldNotFit(arguments: [String], columns: Int) throws {
    let desk = try Desk()
    let result = try desk.run(arguments, environment: ["COLUMNS": "\(columns)"])
    #expect(result.status == 0, "\(result.errors)")
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for line in lines { #expect(line.count <= columns, "wider than \(columns): \(line)") }
    // The overview, up to the usage line: a line that does not end a sentence ends there only
    // because the next word would not fit on it (argument-parser leaves the last column free).
    let overview = Array(lines.prefix { !$0.hasPrefix("USAGE:") })
    #expect(overview.count > 2)
    for (line, next) in zip(overview, overview.dropFirst()) where !line.isEmpty && !next.isEmpty {
      let ends = line.hasSuffix(".") || line.hasSuffix(":")
      let nextWord = next.split(separator: " ").first.map(String.init) ?? ""
      #expect(ends || line.count + 1 + nextWord.count >= columns, "a stray line break at \(columns) columns: \"\(line)\"\n\(result.output)")
    }
  }

  @Test func theSentencesReadWholeWhenJoined() throws {
    let desk = try Desk()
    let output = try desk.run(["--help"], environment: ["COLUMNS": "80"]).output
    let joined = output.split(separator: "\n").joined(separator: " ")
    #expect(joined.contains("runs each line and prints only the replies, exiting non-zero if any line failed."), "\(output)")
  }
}
