import DealdeskCore

/// Recording a script from the live desk: `record FILE` … `stop recording`.
enum RecordingGrammar {
  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "record", family: DeskGrammar.family, verbs: ["record", "start recording", "record to", "record into"],
      summary: "Save the commands that succeed from now on as a script, with @now lines so a replay is exact.",
      usage: "record FILE[, replace it]",
      examples: ["record morning.desk", "start recording demo.desk", "record morning.desk, replace it"],
      parse: { c, _ throws(ParseError) in
        let (path, replace) = try OutputFileWords.take(&c, example: "record morning.desk, replace it")
        guard !path.isEmpty else { throw ParseError("Record into which file?", suggestion: "e.g. record morning.desk") }
        return .desk(.startRecording(path: path, replace: replace))
      }),
    CommandSpec(
      name: "stop recording", family: DeskGrammar.family,
      verbs: ["stop recording", "end recording", "finish recording"],
      summary: "Stop recording; the script is saved.", usage: "stop recording", examples: ["stop recording"],
      parse: { _, _ throws(ParseError) in .desk(.stopRecording) }),
  ]
}
