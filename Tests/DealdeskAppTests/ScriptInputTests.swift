import DealdeskApp
import Foundation
import Testing

/// What is not a script is refused with its file (and line, where there is one), and none of
/// it runs: a missing file, a folder, binary content, text that is not UTF-8, an enormous
/// line, an include cycle, an unknown directive.
@Suite struct ScriptInputTests {
  let folder: ScriptFolder
  let desk = TestDesk()

  init() throws { folder = try ScriptFolder() }

  /// What `run` answers for the script at `path`, and the clients on the desk afterwards.
  func run(_ path: String) throws -> (output: [String], clients: Int) {
    defer {
      folder.remove()
      desk.remove()
    }
    let session = try desk.open()
    defer { _ = session.close() }
    let outcome = ScriptRunner.runFile(path, in: session, keepGoing: true)
    #expect(outcome.failures == 1)
    #expect(outcome.errorIndices == [0])
    return (outcome.output, session.desk.clients.count)
  }

  @Test func aMissingFile() throws {
    let path = folder.path("nothing.desk")
    #expect(try run(path).output == ["\(path): no such file. Nothing was run."])
  }

  @Test func aMissingFileNamedWithoutItsExtension() throws {
    try folder.write("demo.desk", "add client Acme\n")
    let path = folder.path("demo")
    #expect(try run(path).output == ["\(path): no such file. Did you mean demo.desk? Nothing was run."])
  }

  @Test func aFolder() throws {
    try folder.write("scripts/b.desk", "")
    try folder.write("scripts/a.desk", "")
    let path = folder.path("scripts")
    #expect(try run(path).output == ["\(path): this is a folder, not a script. Scripts in it: a.desk, b.desk. Nothing was run."])
  }

  @Test func aBinaryFileIsNamedAtTheLineOfItsFirstZeroByte() throws {
    let path = try folder.write("logo.desk", Data("add client Acme\r\nadd client Bora\n\u{89}PNG".utf8) + Data([0, 0, 13, 10]))
    let (output, clients) = try run(path)
    #expect(output == ["\(path):3: this is not a text script: it has binary content (a zero byte). Nothing was run."])
    #expect(clients == 0)
  }

  @Test func textThatIsNotUTF8IsNamedAtItsLine() throws {
    // "Çelik" in Latin-1: an old editor's file.
    let path = try folder.write("latin1.desk", Data("add client Acme\r# clients\nadd client ".utf8) + Data([0xC7]) + Data("elik\n".utf8))
    let (output, clients) = try run(path)
    #expect(output == ["\(path):3: this is not UTF-8 text; save the script as UTF-8. Nothing was run."])
    #expect(clients == 0)
  }

  @Test func aTenMegabyteLineIsRefusedWithItsNumberAndLength() throws {
    var data = Data("add client Acme\n# then a paste gone wrong:\nnote Acme: ".utf8)
    data.append(Data(repeating: UInt8(ascii: "x"), count: 10 * 1024 * 1024 - 11))
    data.append(Data("\nadd client Bora\n".utf8))
    let path = try folder.write("paste.desk", data)
    let (output, clients) = try run(path)
    #expect(output == ["\(path):3: the line is 10,485,760 characters long; a command is one short line. Nothing was run."])
    #expect(clients == 0, "line 1 must not run: the script is refused whole")
  }

  @Test func aLongLineIsCountedInCharactersNotBytes() throws {
    // 10,000 two-byte characters are at the bound; one more is over it.
    let atBound = String(repeating: "ë", count: 10_000)
    let path = try folder.write("long.desk", "note Acme: x\n\(atBound)ë\n")
    #expect(try run(path).output == ["\(path):2: the line is 10,001 characters long; a command is one short line. Nothing was run."])
  }

  @Test func aLineAtTheBoundIsReadAndLeftToTheDesk() throws {
    let path = try folder.write("long.desk", "add client " + String(repeating: "x", count: 10_000 - 11) + "\n")
    let (output, _) = try run(path)
    #expect(output.first?.hasPrefix("\(path):1: ") == true)
    #expect(output.first?.contains("characters long") == false, "\(output)")
  }

  @Test func aFileOverTenMegabytesOfShortLines() throws {
    let line = Data("note Acme: a short note about the linen order\n".utf8)
    var data = Data()
    while data.count <= 10 * 1024 * 1024 { data.append(line) }
    let path = try folder.write("huge.desk", data)
    #expect(try run(path).output == ["\(path): the file is over 10 MB; a script is a short text file. Nothing was run."])
  }

  @Test func anIncludeCycle() throws {
    try folder.write("b.desk", "@include a.desk\n")
    let path = try folder.write("a.desk", "add client Acme\n@include b.desk\n")
    let (output, clients) = try run(path)
    #expect(output.first?.contains(":1: @include a.desk makes a cycle: \(path) → \(folder.path("b.desk")) → \(path).") == true, "\(output)")
    #expect(clients == 0)
  }

  @Test func anUnknownDirective() throws {
    let path = try folder.write("typo.desk", "add client Acme\n\n@inclde setup.desk\n")
    let (output, clients) = try run(path)
    #expect(output == ["\(path):3: unknown directive @inclde. Did you mean @include? Directives: @now, @expect, @expect-error, @include. Nothing was run."])
    #expect(clients == 0)
  }

  @Test func aByteOrderMarkAndWindowsLineEndingsAreFine() throws {
    let path = try folder.write("windows.desk", Data([0xEF, 0xBB, 0xBF]) + Data("# from Notepad\r\nadd client Acme\r\n@expect CL-1\r\n".utf8))
    let session = try desk.open()
    defer {
      _ = session.close()
      folder.remove()
      desk.remove()
    }
    let outcome = ScriptRunner.runFile(path, in: session, keepGoing: false)
    #expect(outcome.failures == 0, "\(outcome.output)")
    #expect(outcome.output == ["Added client Acme (CL-1)."])
  }
}
