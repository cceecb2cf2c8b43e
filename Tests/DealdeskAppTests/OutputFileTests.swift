@testable import DealdeskApp
import Foundation
import Glibc
import Testing

/// A file the desk writes for the manager (an export, a recording) never replaces anything
/// without being told to, and never anything but a regular file, told or not.
@Suite struct OutputFileTests {
  final class Fixture {
    let desk = TestDesk()
    let files: TestFolder
    let session: Session

    init() throws {
      files = try TestFolder("output")
      session = try desk.open(running: ["add client Acme Textiles"])
    }

    deinit {
      _ = session.close()
      desk.remove()
    }

    func text(_ path: String) -> String? {
      FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
  }

  @Test func anExistingFileIsKeptUnlessTheManagerSaysReplaceIt() throws {
    let f = try Fixture()
    let json = try f.files.write("acme.json", lines: ["keep me"])
    let refused = f.session.handle("export json to \(json)")
    #expect(refused.isError)
    #expect(refused.text == "\(json) already exists: export json to \(json), replace it — or choose another name.")
    #expect(f.text(json) == "keep me\n", "the file is untouched")

    let replaced = f.session.handle("export json to \(json), replace it")
    #expect(replaced.text == "Exported the desk to \(json).", "\(replaced.text)")
    #expect(f.text(json)?.contains("Acme Textiles") == true)
    #expect(!FileManager.default.fileExists(atPath: json + ", replace it"), "the words are read, not taken for the name")
    #expect(try FileManager.default.contentsOfDirectory(atPath: f.files.url.path) == ["acme.json"])

    let csv = try f.files.write("clients.csv", lines: ["keep me"])
    let csvRefused = f.session.handle("export csv clients to \(csv)")
    #expect(csvRefused.text == "\(csv) already exists: export csv clients to \(csv), replace it — or choose another name.")
    #expect(f.text(csv) == "keep me\n")
    #expect(f.session.handle("export csv clients to \(csv), replace it").text == "Exported clients to \(csv) (1 row).")
    #expect(f.text(csv)?.hasPrefix("id,name,") == true)
  }

  @Test func aNameWithSpacesIsQuotedInTheSuggestion() throws {
    let f = try Fixture()
    let json = try f.files.write("my desk.json", lines: ["keep me"])
    #expect(f.session.handle("export json to \"\(json)\"").text
      == "\(json) already exists: export json to \"\(json)\", replace it — or choose another name.")
    #expect(!f.session.handle("export json to \"\(json)\", replace it").isError)
    #expect(f.text(json)?.contains("Acme Textiles") == true)
  }

  @Test func somethingThatIsNotARegularFileIsNeverWrittenEvenWithReplace() throws {
    let f = try Fixture()
    let target = try f.files.write("elsewhere.txt", lines: ["someone else's"])
    let link = f.files.path("link.json")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let fifo = f.files.path("pipe.json")
    #expect(mkfifo(fifo, 0o600) == 0)
    let folder = f.files.path("folder.json")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    var cases = [(link, "a symbolic link"), (fifo, "a named pipe (FIFO)"), (folder, "a folder")]
    // A device node needs root to make; /dev/null through a link is tried either way.
    let device = f.files.path("null.json")
    if mknod(device, S_IFCHR | 0o600, dev_t(0x103) /* 1,3: the null device */) == 0 { cases.append((device, "a device")) }
    for (path, kind) in cases {
      for line in ["export json to \(path)", "export json to \(path), replace it", "export csv clients to \(path), replace it"] {
        let reply = f.session.handle(line)
        #expect(reply.isError, "\(line)")
        #expect(reply.text == "\(path) is \(kind), not a regular file; the desk writes only regular files, so nothing was written. Choose another name.", "\(line): \(reply.text)")
      }
      var info = stat()
      #expect(lstat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG, "\(path) is still \(kind)")
    }
    #expect(f.text(target) == "someone else's\n", "nothing was written through the link")
  }

  @Test func aRecordingKeepsAnExistingFileUnlessToldToReplaceIt() throws {
    let f = try Fixture()
    let script = try f.files.write("morning.desk", lines: ["add client Keep Me"])
    #expect(f.session.handle("record \(script)").text == "\(script) already exists: record \(script), replace it — or choose another name.")
    #expect(f.text(script) == "add client Keep Me\n")
    #expect(f.session.handle("record \(script), replace it").text.hasPrefix("Recording into \(script):"))
    _ = f.session.handle("add client Bora Fabrics")
    _ = f.session.handle("stop recording")
    #expect(f.text(script)?.contains("add client Bora Fabrics") == true)
    #expect(f.text(script)?.contains("Keep Me") == false)

    let link = f.files.path("link.desk")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: script)
    #expect(f.session.handle("record \(link), replace it").text == "\(link) is a symbolic link, not a regular file; the desk writes only regular files, so nothing was written. Choose another name.")
    let dangling = f.files.path("dangling.desk")
    try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: f.files.path("nowhere.desk"))
    #expect(f.session.handle("record \(dangling)").isError, "a link to nowhere is not followed to make its target")
    #expect(!FileManager.default.fileExists(atPath: f.files.path("nowhere.desk")))
  }
}

/// `dealdesk check` replays on a scratch desk and writes nothing outside it: an export in a
/// script it runs with --sandbox goes into the check's scratch folder too.
@Suite struct CheckedOutputTests {
  @Test func aSandboxedScriptInsideACheckWritesIntoTheChecksScratchFolder() throws {
    let folder = try ScriptFolder()
    defer { folder.remove() }
    let target = folder.path("out.json")
    try folder.write("inner.desk", "add client Acme\nexport json to \(target)\n")
    let main = try folder.write("main.desk", "run \(folder.path("inner.desk")) --sandbox\n")
    let replay = try Transcript.replay(file: main).get()
    #expect(replay.problems.isEmpty, "\(replay.problems)")
    #expect(replay.text.contains("Exported the desk to \(target)."), "\(replay.text)")
    #expect(!FileManager.default.fileExists(atPath: target), "nothing is written outside the check's scratch folder")
  }

  @Test func aFileBesideTheTargetNamedLikeATemporaryIsLeftAloneAndTheExportWritten() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let files = try TestFolder("output")
    let session = try desk.open(running: ["add client Acme Textiles"])
    defer { _ = session.close() }
    let json = files.path("acme.json")
    let temporary = try files.write("acme.json.tmp", lines: ["mine"])
    // The writer's own temporary name is hidden and taken only if free (O_EXCL): a file of
    // the manager's that looks like one is neither refused nor written over.
    #expect(session.handle("export json to \(json)").text == "Exported the desk to \(json).")
    #expect(try String(contentsOfFile: temporary, encoding: .utf8) == "mine\n")
    #expect(FileManager.default.fileExists(atPath: json))
    #expect(try FileManager.default.contentsOfDirectory(atPath: files.url.path).sorted() == ["acme.json", "acme.json.tmp"])
  }
}
