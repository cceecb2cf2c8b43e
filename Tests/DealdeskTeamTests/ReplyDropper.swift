import Foundation
import Glibc

/// A go-between on a Unix socket of its own, passing a PostgreSQL connection's bytes both
/// ways to the real server; once armed, it cuts the next connection that sends an append
/// (`desk.append`) as soon as the server starts to answer it, or keeps that connection open
/// and passes nothing more of the server's (a server frozen mid-reply). The server commits an
/// extended-protocol statement at its Sync, before it flushes any reply, so the append is
/// saved and only its answer is lost: the one fault a client cannot tell from "not saved".
final class ReplyDropper: @unchecked Sendable {
  // @unchecked: `armed` is touched only while `lock` is held; the rest is set once.
  let folder: String
  private let server: String
  private let listener: Int32
  private let lock = NSLock()
  private var armed: Fault?

  enum Fault: Sendable {
    /// The connection is closed.
    case cut
    /// The connection stays open and the answer never comes.
    case freeze
  }

  private init(folder: String, server: String, listener: Int32) {
    self.folder = folder
    self.server = server
    self.listener = listener
  }

  /// Listens in a new folder in /tmp as `.s.PGSQL.<port>`, passing on to `serverFolder`'s socket.
  static func start(to serverFolder: String, port: Int) throws -> ReplyDropper {
    var template = Array("/tmp/dealdesk-drop-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { throw Cluster.Failure(description: "Could not make a folder for the go-between.") }
    let folder = String(cString: made)
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    var address = Self.address("\(folder)/.s.PGSQL.\(port)")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    guard fd >= 0, bound == 0, listen(fd, 16) == 0 else {
      throw Cluster.Failure(description: "The go-between could not listen in \(folder): \(String(cString: strerror(errno)))")
    }
    let dropper = ReplyDropper(folder: folder, server: "\(serverFolder)/.s.PGSQL.\(port)", listener: fd)
    Thread { dropper.accept() }.start()
    return dropper
  }

  /// Cuts or freezes the next connection that sends an append once the server answers it.
  func arm(_ fault: Fault = .cut) { lock.withLock { armed = fault } }

  /// Stops listening and removes the folder; connections already passed on go on.
  func stop() {
    shutdown(listener, Int32(SHUT_RDWR))
    close(listener)
    try? FileManager.default.removeItem(atPath: folder)
  }

  private func accept() {
    while true {
      let client = Glibc.accept(listener, nil, nil)
      guard client >= 0 else {
        if errno == EINTR { continue }
        return
      }
      let upstream = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
      var address = Self.address(server)
      let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(upstream, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
      }
      guard connected == 0 else {
        close(client)
        close(upstream)
        continue
      }
      let cut = Cut()
      Thread { [self] in pump(from: client, to: upstream, cut: cut, watching: true) }.start()
      Thread { [self] in pump(from: upstream, to: client, cut: cut, watching: false) }.start()
    }
  }

  /// Whether one connection is to be cut at the server's next answer, and how many of its
  /// two pumps have ended (the second closes both sockets: neither is in use then).
  private final class Cut: @unchecked Sendable {
    // @unchecked: `pending` and `ended` are touched only while `lock` is held.
    private let lock = NSLock()
    private var pending: Fault?
    private var ended = 0
    var fault: Fault? { lock.withLock { pending } }
    func set(_ fault: Fault) { lock.withLock { pending = fault } }
    func isLastToEnd() -> Bool { lock.withLock { ended += 1; return ended == 2 } }
  }

  private func pump(from source: Int32, to target: Int32, cut: Cut, watching: Bool) {
    var buffer = [UInt8](repeating: 0, count: 65_536)
    defer {
      // Ends the other pump's read too.
      shutdown(source, Int32(SHUT_RDWR))
      shutdown(target, Int32(SHUT_RDWR))
      if cut.isLastToEnd() {
        close(source)
        close(target)
      }
    }
    while true {
      let count = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return }
      let chunk = buffer[0..<count]
      if watching, Self.contains(chunk, "desk.append"), let fault = lock.withLock({ defer { armed = nil }; return armed }) {
        cut.set(fault)
      }
      // The server's first bytes after the append: its answer, sent after the commit.
      if !watching, let fault = cut.fault {
        if fault == .cut { return }
        continue
      }
      var written = 0
      while written < count {
        let sent = chunk[written...].withUnsafeBytes { write(target, $0.baseAddress, $0.count) }
        if sent < 0, errno == EINTR { continue }
        guard sent > 0 else { return }
        written += sent
      }
    }
  }

  private static func contains(_ bytes: ArraySlice<UInt8>, _ text: String) -> Bool {
    let needle = Array(text.utf8)
    guard bytes.count >= needle.count else { return false }
    var start = bytes.startIndex
    while start <= bytes.endIndex - needle.count {
      if bytes[start..<start + needle.count].elementsEqual(needle) { return true }
      start += 1
    }
    return false
  }

  private static func address(_ path: String) -> sockaddr_un {
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      raw.copyBytes(from: Array(path.utf8.prefix(raw.count - 1)))
    }
    return address
  }
}
