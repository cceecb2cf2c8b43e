import Foundation
import Glibc
import Testing

/// Two real dealdesk processes on one desk: the second writer is turned away with the
/// first one named (pid, machine, since when), and `--read-only` looks while it works.
@Suite(.serialized) struct TwoProcessTests {
  @Test func aSecondWriterIsRefusedByNameAndReadOnlyLooksBesideTheFirst() throws {
    let desk = try Desk()
    let writer = try PipedChild(binary: desk.binary, arguments: ["--data", desk.data.path], environment: desk.pipedEnvironment)
    defer { writer.killNow() }
    writer.send(["add client Acme Textiles"])
    #expect(writer.read(until: { String(decoding: $0, as: UTF8.self).contains("Added client Acme Textiles") }))

    let second = try desk.run(["--data", desk.data.path], input: "add client Bora Fabrics\n")
    #expect(second.status == 1)
    let pid = writer.process.processIdentifier
    let prefix = "This desk is open in another Dealdesk (pid \(pid) on \(Self.hostName()), open since "
    #expect(second.errors.hasPrefix(prefix), "\(second.errors)")
    #expect(second.errors.hasSuffix(" UTC). Close it there, or open with --read-only to look.\n"), "\(second.errors)")
    // Since when: the minute the writer opened the desk, today.
    let since = second.errors.dropFirst(prefix.count).prefix(16)
    #expect(since.hasPrefix(Self.today()), "\(since)")

    let look = try desk.run(["--data", desk.data.path, "--read-only"], input: "clients\n")
    #expect(look.status == 0 && look.errors == "", "\(look.errors)")
    #expect(look.output.contains("Acme Textiles"))
    let change = try desk.run(["--data", desk.data.path, "--read-only"], input: "add client Bora Fabrics\n")
    #expect(change.status == 1)
    #expect(change.errors.contains("This desk is open read-only, so nothing can be saved."))

    // What the writer saves next is seen by the next look; the writer is untouched.
    writer.send(["add client Bora Fabrics"])
    #expect(writer.read(until: { String(decoding: $0, as: UTF8.self).contains("Added client Bora Fabrics (CL-2)") }))
    let again = try desk.run(["--data", desk.data.path, "--read-only"], input: "clients\n")
    #expect(again.output.contains("Bora Fabrics"))

    writer.send(["quit"])
    let (status, errors) = writer.finish()
    #expect(status == 0 && errors == "")
    // Once it has gone, the desk is free for a writer again.
    let after = try desk.run(["--data", desk.data.path], input: "add client Cora\n")
    #expect(after.status == 0 && after.output.hasPrefix("Added client Cora (CL-3)."))
  }

  static func hostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count) == 0 else { return "" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Today's date in UTC as the message writes it (2026-11-30).
  static func today() -> String {
    var now = time(nil)
    var parts = tm()
    gmtime_r(&now, &parts)
    return String(format: "%04d-%02d-%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
  }
}
