import DealdeskStore
import Foundation

/// Reads a script the manager named and refuses what is not one: a missing file, a folder,
/// binary content, text that is not UTF-8, a line far longer than any command, a file over
/// 10 MB. Each refusal names the file, and the line where there is one.
///
/// The bytes are read in chunks and measured before anything becomes a String, so a 10 MB
/// line costs one pass over its bytes, never a 10 MB String or a split of it.
enum ScriptFile {
  /// Scripts are text a person wrote; anything larger is something else.
  static let maxBytes = 10 * 1024 * 1024
  /// A command is one short line: the longest note the desk keeps is 2,000 characters.
  static let maxLineCharacters = 10_000
  /// How far an over-long line is measured before the count stops ("more than …").
  static let maxMeasuredCharacters = 10 * maxBytes
  private static let chunkSize = 64 * 1024

  /// The file's lines, with "\n", "\r\n" or "\r" endings and without a leading byte-order mark.
  static func lines(atPath path: String, shownAs name: String) -> Result<[String], ScriptProblem> {
    func problem(_ line: Int?, _ message: String) -> Result<[String], ScriptProblem> {
      .failure(ScriptProblem(file: name, line: line, message))
    }
    let handle: FileHandle
    // A named pipe would hang the desk, with the desk locked: refused before any read.
    switch InputFile.open(path) {
    case .success(let opened): handle = opened
    case .failure(.missing): return problem(nil, "no such file." + suggestion(forMissing: path))
    case .failure(.folder): return problem(nil, "this is a folder, not a script." + scripts(inFolder: path))
    case .failure(.notRegular(let kind)): return problem(nil, "this is \(kind), not a script file; nothing was read from it.")
    case .failure(.unreadable), .failure(.tooLarge): return problem(nil, "cannot be read (check its permissions).")
    }
    defer { try? handle.close() }

    var scan = LineScan()
    var kept = Data()
    while true {
      let chunk: Data
      do {
        chunk = try handle.read(upToCount: chunkSize) ?? Data()
      } catch {
        return problem(nil, "cannot be read: \(error.localizedDescription)")
      }
      if chunk.isEmpty { break }
      switch scan.read(chunk) {
      case .ok: break
      case .binary(let line):
        return problem(line, "this is not a text script: it has binary content (a zero byte).")
      case .tooLong(let line, let characters):
        return problem(line, tooLong(characters))
      }
      if let line = scan.longLine {
        // Keep measuring the long line to say how long it is, but keep none of it.
        if scan.lineCharacters > maxMeasuredCharacters { return problem(line, tooLong(scan.lineCharacters)) }
        continue
      }
      kept.append(chunk)
      if kept.count > maxBytes { return problem(nil, "the file is over 10 MB; a script is a short text file.") }
    }
    if let line = scan.longLine { return problem(line, tooLong(scan.lineCharacters)) }
    if kept.starts(with: [0xEF, 0xBB, 0xBF]) { kept.removeFirst(3) }  // a byte-order mark some editors add
    guard let text = String(data: kept, encoding: .utf8) else {
      return problem(firstLineNotUTF8(kept), "this is not UTF-8 text; save the script as UTF-8.")
    }
    return .success(ScriptRunner.lines(of: text))
  }

  private static func tooLong(_ characters: Int) -> String {
    let more = characters > maxMeasuredCharacters ? "more than " : ""
    return "the line is \(more)\(Format.count(characters)) characters long; a command is one short line."
  }

  /// Only called once the whole text failed to decode, to say where: lines end as in
  /// `LineScan` ("\n", "\r\n", or "\r").
  private static func firstLineNotUTF8(_ bytes: Data) -> Int {
    var line = 1
    var start = bytes.startIndex
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        if String(data: bytes[start..<index], encoding: .utf8) == nil { return line }
        let next = bytes.index(after: index)
        index = byte == 0x0D && next < bytes.endIndex && bytes[next] == 0x0A ? bytes.index(after: next) : next
        start = index
        line += 1
      } else {
        index = bytes.index(after: index)
      }
    }
    return line
  }

  /// "did you mean demo.desk?" when the name was given without its extension.
  private static func suggestion(forMissing path: String) -> String {
    guard !path.hasSuffix(".desk"), FileManager.default.fileExists(atPath: path + ".desk") else { return "" }
    return " Did you mean \(URL(fileURLWithPath: path + ".desk").lastPathComponent)?"
  }

  private static func scripts(inFolder path: String) -> String {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".desk") }.sorted()
    guard !names.isEmpty else { return "" }
    let shown = names.prefix(6).joined(separator: ", ") + (names.count > 6 ? ", …" : "")
    return " Scripts in it: \(shown)."
  }
}

/// Counts lines and characters as chunks of bytes go by: a character is counted at each
/// byte that starts one (UTF-8 continuation bytes are 10xxxxxx), a line ends at "\n", and
/// at a "\r" not followed by "\n".
struct LineScan {
  enum Finding: Equatable { case ok, binary(line: Int), tooLong(line: Int, characters: Int) }

  private(set) var line = 1
  private(set) var lineCharacters = 0
  /// The number of the line found too long, once one is; the scan then only measures it.
  private(set) var longLine: Int?
  private var afterCarriageReturn = false

  mutating func read(_ chunk: Data) -> Finding {
    chunk.withUnsafeBytes { bytes in
      for byte in bytes {
        if byte == 0 { return .binary(line: line) }
        if afterCarriageReturn {
          afterCarriageReturn = false
          if byte == 0x0A { continue }  // the "\n" of a "\r\n" already counted
        }
        if byte == 0x0A || byte == 0x0D {
          if let longLine { return .tooLong(line: longLine, characters: lineCharacters) }
          afterCarriageReturn = byte == 0x0D
          line += 1
          lineCharacters = 0
        } else if byte & 0xC0 != 0x80 {
          lineCharacters += 1
          if lineCharacters > ScriptFile.maxLineCharacters, longLine == nil { longLine = line }
        }
      }
      return .ok
    }
  }
}
