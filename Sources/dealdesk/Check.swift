import ArgumentParser
import DealdeskApp

/// Replays scripts on a scratch desk and compares what they print with their transcripts.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Replay a script on a scratch desk and compare what it prints with its transcript.",
    usage: "dealdesk check [<options>] [--update] <FILE> ...",
    discussion: """
      The transcript is kept beside the script, its extension replaced by .out \
      (scripts/demo.desk -> scripts/demo.out). A difference prints a unified diff and exits 1; \
      so does a line that fails without @expect-error after it, or an @expect that does not hold.
      The replay starts on an empty desk at 30 Nov 2026 09:00 (until the script's @now) and \
      is removed afterwards: the desk in --data is never opened, and a file a line writes \
      (export, record) goes into the scratch folder by its own name, removed with it; a \
      document (pdf invoice S-1) into its documents/ folder, the reply naming documents/INV-1.pdf.
      """)

  // Accepted so that `dealdesk --data DIR check FILE` reads like every other form; unused.
  @OptionGroup var options: DeskOptions

  @Flag(help: "Rewrite each transcript from this replay instead of comparing.")
  var update = false

  @Argument(help: ArgumentHelp("The scripts to check.", valueName: "FILE"))
  var files: [String]

  func run() throws {
    var failed = 0
    for file in files {
      let report = ScriptCheck.run(file, update: update)
      for line in report.output { Output.out(line) }
      for line in report.errors { Output.err(line) }
      if !report.passed { failed += 1 }
    }
    if files.count > 1, failed > 0 { Output.err("\(failed) of \(files.count) scripts failed.") }
    if failed > 0 { throw ExitCode.failure }
  }
}
