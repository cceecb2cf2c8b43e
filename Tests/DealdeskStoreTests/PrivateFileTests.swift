import Foundation
import Glibc
import Testing

@testable import DealdeskStore

/// The one writer for files outside the journal and snapshot (issue 17, item 9): a new
/// file is 0600 and whole, only a plain file is ever written, and an existing one only
/// when told to replace it.
@Suite("The private file writer")
struct PrivateFileTests {
  @Test func writesAWholePrivateFileAndLeavesNoTempFileBehind() throws {
    try withFolder { folder in
      let file = folder.appendingPathComponent("export.json").path
      try PrivateFile.write(Array("one\n".utf8), to: file, replacing: false)
      #expect(FileManager.default.contents(atPath: file) == Data("one\n".utf8))
      #expect(mode(file) == 0o600)
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["export.json"])

      let refused = #expect(throws: StoreError.self) { try PrivateFile.write(Array("two\n".utf8), to: file, replacing: false) }
      #expect(
        refused?.message
          == "\(file) already exists, and Dealdesk does not write over a file unless told to. Choose another name, or remove that file first.")
      #expect(FileManager.default.contents(atPath: file) == Data("one\n".utf8))

      #expect(chmod(file, 0o644) == 0)
      try PrivateFile.write(Array("two\n".utf8), to: file, replacing: true)
      #expect(FileManager.default.contents(atPath: file) == Data("two\n".utf8))
      #expect(mode(file) == 0o600)
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["export.json"])
    }
  }

  @Test func neverWritesThroughALinkAPipeOrAFolder() throws {
    try withFolder { folder in
      let victim = folder.appendingPathComponent("victim").path
      try Data("kept\n".utf8).write(to: URL(fileURLWithPath: victim))
      let link = folder.appendingPathComponent("link.json").path
      #expect(symlink(victim, link) == 0)
      let pipe = folder.appendingPathComponent("pipe.json").path
      #expect(mkfifo(pipe, 0o600) == 0)
      let sub = folder.appendingPathComponent("sub.json").path
      #expect(mkdir(sub, 0o700) == 0)

      for (path, what) in [(link, "a symbolic link"), (pipe, "a pipe"), (sub, "a folder")] {
        for replacing in [false, true] {
          let error = #expect(throws: StoreError.self) { try PrivateFile.write(Array("x".utf8), to: path, replacing: replacing) }
          #expect(error?.message == "\(path) is \(what), not a plain file, so Dealdesk will not write to it. Choose another name.")
        }
        let appendError = #expect(throws: StoreError.self) { try PrivateFile.append(Array("x".utf8), to: path) }
        #expect(appendError?.message == "\(path) is \(what), not a plain file, so Dealdesk will not write to it. Choose another name.")
        let createError = #expect(throws: StoreError.self) { try PrivateFile.createNew(path) }
        #expect(createError?.message.hasPrefix("\(path) already exists") == true)
      }
      #expect(FileManager.default.contents(atPath: victim) == Data("kept\n".utf8))
      #expect(kind(link) == S_IFLNK)
    }
  }

  @Test func appendsAndCreatesPrivately() throws {
    try withFolder { folder in
      let file = folder.appendingPathComponent("history.jsonl").path
      try PrivateFile.append(Array("a\n".utf8), to: file)
      try PrivateFile.append(Array("b\n".utf8), to: file)
      #expect(FileManager.default.contents(atPath: file) == Data("a\nb\n".utf8))
      #expect(mode(file) == 0o600)

      let recording = folder.appendingPathComponent("recording.desk").path
      let handle = try PrivateFile.createNew(recording)
      try handle.write(contentsOf: Data("add client Acme\n".utf8))
      try handle.close()
      #expect(mode(recording) == 0o600)
      #expect(FileManager.default.contents(atPath: recording) == Data("add client Acme\n".utf8))
    }
  }

  @Test func aMissingFolderIsNamed() throws {
    try withFolder { folder in
      let file = folder.appendingPathComponent("nowhere/export.json").path
      let error = #expect(throws: StoreError.self) { try PrivateFile.write([], to: file, replacing: true) }
      #expect(error?.message == "There is no folder \(folder.appendingPathComponent("nowhere").path) to write export.json into.")
    }
  }

  private func withFolder(_ body: (URL) throws -> Void) throws {
    try withDesk { folder in
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      try body(folder)
    }
  }
}
