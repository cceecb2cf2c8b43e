import Glibc

/// Piped input (dealdesk < file, a program writing to Dealdesk), read line by line straight
/// from standard input. After a `quit` the lines already sent are counted, so that none is
/// skipped in silence, without waiting for input that may never end: a program that sends
/// `quit` and then waits for Dealdesk to exit must not wait forever.
final class PipedLines {
  private let fd: Int32
  private var buffer: [UInt8] = []
  /// Where the unread part of `buffer` starts.
  private var head = 0
  private var ended = false

  init(fd: Int32 = STDIN_FILENO) { self.fd = fd }

  /// The next line without its "\n" or "\r\n", or nil at the end of the input.
  func next() -> String? {
    while true {
      if let line = takeLine() { return line }
      if ended { return takeLast() }
      fill()
    }
  }

  /// The lines sent so far after the current one: read until the input ends, or until
  /// nothing more has come for `quietMilliseconds`. `ended` says which.
  func rest(quietMilliseconds: Int32 = 200) -> (lines: [String], ended: Bool) {
    while !ended {
      var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      let ready = poll(&poller, 1, quietMilliseconds)
      if ready < 0, errno == EINTR { continue }
      guard ready > 0 else { break }
      fill()
    }
    var lines: [String] = []
    while let line = takeLine() { lines.append(line) }
    if ended, let last = takeLast() { lines.append(last) }
    return (lines, ended)
  }

  /// One read: what came is added to the buffer; nothing, or an error, ends the input.
  private func fill() {
    if head > 0, head >= buffer.count / 2 {
      buffer.removeFirst(head)
      head = 0
    }
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 {
        ended = true
      } else {
        buffer.append(contentsOf: chunk[0..<count])
      }
      return
    }
  }

  private func takeLine() -> String? {
    guard let newline = buffer[head...].firstIndex(of: 0x0A) else { return nil }
    var end = newline
    if end > head, buffer[end - 1] == 0x0D { end -= 1 }
    let line = String(decoding: buffer[head..<end], as: UTF8.self)
    head = newline + 1
    return line
  }

  /// A last line with no line end after it.
  private func takeLast() -> String? {
    guard head < buffer.count else { return nil }
    let line = String(decoding: buffer[head...], as: UTF8.self)
    head = buffer.count
    return line
  }
}
