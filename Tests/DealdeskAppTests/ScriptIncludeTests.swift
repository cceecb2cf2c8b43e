import DealdeskApp
import Foundation
import Testing

/// `@include FILE`: shared set-up, relative to the including script, never round in a circle.
@Suite struct ScriptIncludeTests {
  let folder: ScriptFolder
  let desk = TestDesk()

  init() throws { folder = try ScriptFolder() }

  func run(_ name: String, keepGoing: Bool = false) throws -> (ScriptRunner.Outcome, clients: [String]) {
    let session = try desk.open()
    defer { _ = session.close() }
    let outcome = ScriptRunner.runFile(folder.path(name), in: session, keepGoing: keepGoing)
    return (outcome, session.desk.clients.values.map(\.name).sorted())
  }

  func cleanUp() {
    folder.remove()
    desk.remove()
  }

  @Test func anIncludedScriptRunsWhereItIsIncludedRelativeToTheIncludingFile() throws {
    defer { cleanUp() }
    try folder.write("setup/clients.desk", "# shared set-up\nadd client Acme\n@expect CL-1\n@include more/bora.desk\n")
    try folder.write("setup/more/bora.desk", "add client Bora\n")
    try folder.write("demos/day.desk", "@include ../setup/clients.desk\nadd client Celik\n@expect CL-3\n")
    // From another working folder: the path is the including file's, not the shell's.
    let (outcome, clients) = try run("demos/day.desk")
    #expect(outcome.failures == 0, "\(outcome.output)")
    #expect(outcome.output == ["Added client Acme (CL-1).", "Added client Bora (CL-2).", "Added client Celik (CL-3)."])
    #expect(clients == ["Acme", "Bora", "Celik"])
  }

  @Test func aFailingLineInAnIncludedScriptIsNamedByItsOwnFileAndLine() throws {
    defer { cleanUp() }
    try folder.write("setup.desk", "add client Acme\nfrobnicate\n")
    try folder.write("main.desk", "@include setup.desk\nadd client Bora\n")
    let (outcome, clients) = try run("main.desk")
    #expect(outcome.failures == 1)
    #expect(outcome.output.last?.hasPrefix("\(folder.path("setup.desk")):2: I don't know \"frobnicate\".") == true, "\(outcome.output)")
    #expect(clients == ["Acme"])
  }

  @Test func anIncludeCycleIsNamedInFullAndNothingRuns() throws {
    defer { cleanUp() }
    try folder.write("a.desk", "add client Acme\n@include b.desk\n")
    try folder.write("b.desk", "add client Bora\n\n@include ./a.desk\n")
    let (outcome, clients) = try run("a.desk")
    let (a, b) = (folder.path("a.desk"), folder.path("b.desk"))
    #expect(
      outcome.output == [
        "\(b):3: @include ./a.desk makes a cycle: \(a) → \(b) → \(a). A script cannot include itself, even through another. Nothing was run."
      ])
    #expect(clients.isEmpty)
  }

  @Test func aScriptIncludingItselfIsACycleOfOne() throws {
    defer { cleanUp() }
    try folder.write("loop.desk", "@include loop.desk\n")
    let (outcome, _) = try run("loop.desk")
    let loop = folder.path("loop.desk")
    #expect(outcome.output.first?.hasPrefix("\(loop):1: @include loop.desk makes a cycle: \(loop) → \(loop).") == true, "\(outcome.output)")
  }

  @Test func theSameSetUpIncludedTwiceIsNotACycle() throws {
    defer { cleanUp() }
    try folder.write("note.desk", "add client Acme\n@expect-error\n")
    try folder.write("main.desk", "add client Acme\n@include note.desk\n@include note.desk\n")
    let (outcome, clients) = try run("main.desk")
    #expect(outcome.failures == 0, "\(outcome.output)")
    #expect(clients == ["Acme"])
  }

  @Test func includesNestAtMostEightDeep() throws {
    defer { cleanUp() }
    for n in 1...9 { try folder.write("s\(n).desk", n < 9 ? "@include s\(n + 1).desk\n" : "add client Deep\n") }
    let (outcome, clients) = try run("s1.desk")
    #expect(outcome.output.first?.hasPrefix("\(folder.path("s8.desk")):1: @include nests more than 8 scripts deep: ") == true, "\(outcome.output)")
    #expect(clients.isEmpty)
    try folder.write("s8.desk", "add client Deep\n")
    #expect(try run("s1.desk").clients == ["Deep"], "eight deep is allowed")
  }

  @Test func aMissingOrBadIncludeIsNamedAtTheIncludeLine() throws {
    defer { cleanUp() }
    try folder.write("main.desk", "add client Acme\n@include missing.desk\n")
    let (outcome, clients) = try run("main.desk")
    #expect(outcome.output == ["\(folder.path("main.desk")):2: @include missing.desk: \(folder.path("missing.desk")): no such file. Nothing was run."])
    #expect(clients.isEmpty)
    try folder.write("main.desk", "@include\n")
    #expect(try run("main.desk").0.output.first?.contains(":1: @include needs the script to include") == true)
    try folder.write("bad.desk", "add client Bora\n@wait 2\n")
    try folder.write("main.desk", "@include bad.desk\n")
    #expect(try run("main.desk").0.output.first?.hasPrefix("\(folder.path("bad.desk")):2: unknown directive @wait.") == true)
  }

  @Test func anExpectationRightAfterAnIncludeHasNoCommandOfItsFileToCheck() throws {
    defer { cleanUp() }
    try folder.write("setup.desk", "add client Acme\n")
    try folder.write("main.desk", "add client Bora\n@include setup.desk\n@expect Acme\n")
    let (outcome, _) = try run("main.desk")
    #expect(outcome.output.first?.hasPrefix("\(folder.path("main.desk")):3: @expect checks the reply to the command on the line before it") == true)
  }

  @Test func aRunLineCannotStartAScriptThatIsAlreadyRunning() throws {
    defer { cleanUp() }
    try folder.write("a.desk", "add client Acme\nrun \(folder.path("b.desk"))\n")
    try folder.write("b.desk", "add client Bora\nrun \(folder.path("a.desk"))\n")
    let (outcome, clients) = try run("a.desk")
    #expect(outcome.failures == 1)
    #expect(outcome.output.last?.contains("already running (a.desk → b.desk → a.desk): a script cannot run itself") == true, "\(outcome.output)")
    #expect(clients == ["Acme", "Bora"])
  }
}
