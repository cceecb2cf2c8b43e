import Foundation

/// libpq's password file (~/.pgpass, PGPASSFILE, or `?passfile=`), read as psql reads it:
/// lines `host:port:database:user:password`, `*` matching anything, `\` escaping `:` and
/// `\`, `#` starting a comment; a file that group or others may read is ignored, with a
/// warning, as libpq does.
struct PassFile {
  let path: String

  /// The file libpq would read for this address and environment.
  static func locate(for address: TeamAddress, environment: [String: String]) -> PassFile? {
    if let named = address.passfile ?? environment["PGPASSFILE"], !named.isEmpty { return PassFile(path: named) }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return PassFile(path: (home as NSString).appendingPathComponent(".pgpass"))
  }

  struct Lookup: Equatable {
    var password: String?
    var warning: String?
  }

  func password(for address: TeamAddress) -> Lookup {
    var info = stat()
    guard stat(path, &info) == 0 else { return Lookup() }  // no file: nothing to find, as libpq
    guard info.st_mode & S_IFMT == S_IFREG else {
      return Lookup(warning: "The password file \(path) is not a plain file, so it was not read.")
    }
    guard info.st_mode & 0o077 == 0 else {
      return Lookup(
        warning: "The password file \(path) can be read by others, so it was not read; make it yours alone: chmod 600 \(path)")
    }
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      return Lookup(warning: "The password file \(path) could not be read as text, so it was not used.")
    }
    let host: String
    switch address.host {
    case .tcp(let name): host = name
    // libpq: `localhost` in the file also means the default socket folder.
    case .socket(let folder): host = folder == TeamAddress.defaultSocketFolder ? "localhost" : folder
    }
    let wanted = [host, String(address.port), address.database, address.user]
    for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
      let line = Substring(rawLine)
      if line.hasPrefix("#") { continue }
      let fields = Self.fields(line)
      guard fields.count >= 5 else { continue }
      let matches = zip(fields.prefix(4), wanted).allSatisfy { field, value in field.isWildcard || field.text == value }
      if matches {
        let password = fields[4...].map(\.text).joined(separator: ":")
        return Lookup(password: password.isEmpty ? nil : password)
      }
    }
    return Lookup()
  }

  struct Field {
    var text: String
    /// A bare `*`; an escaped `\*` is the character itself.
    var isWildcard: Bool
  }

  /// Splits a line at unescaped colons and removes the escapes.
  static func fields(_ line: Substring) -> [Field] {
    var fields: [Field] = []
    var current = ""
    var escapedSomething = false
    var escaping = false
    for character in line {
      if escaping {
        current.append(character)
        escaping = false
        escapedSomething = true
      } else if character == "\\" {
        escaping = true
      } else if character == ":" {
        fields.append(Field(text: current, isWildcard: current == "*" && !escapedSomething))
        current = ""
        escapedSomething = false
      } else {
        current.append(character)
      }
    }
    fields.append(Field(text: current, isWildcard: current == "*" && !escapedSomething))
    return fields
  }
}
