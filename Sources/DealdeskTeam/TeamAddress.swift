import Foundation

/// Where the team desk's database is and who logs in, read from a URL as libpq (and so psql)
/// reads it: `postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?host=/socket/dir&…]`. What the URL
/// leaves out comes from PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE and PGPASSFILE, then
/// libpq's defaults, so a URL that works with psql works here.
public struct TeamAddress: Equatable, Sendable {
  public enum Host: Equatable, Sendable {
    /// A TCP host name or address.
    case tcp(String)
    /// The folder holding the server's Unix socket (`.s.PGSQL.PORT`).
    case socket(String)
  }

  /// libpq's sslmode; `allow` and `prefer` try TLS and take plain text when the server has none.
  public enum SSLMode: String, Equatable, Sendable, CaseIterable {
    case disable, allow, prefer, require
    case verifyCA = "verify-ca"
    case verifyFull = "verify-full"
  }

  public var host: Host
  public var port: Int
  public var user: String
  /// Only when the URL itself carries one; PGPASSWORD and the passfile are read later.
  public var password: String?
  public var database: String
  public var sslMode: SSLMode
  /// A passfile named in the URL (`?passfile=`), ahead of PGPASSFILE and ~/.pgpass.
  public var passfile: String?
  public var applicationName: String?
  public var connectTimeout: Int?

  /// Debian's socket folder: libpq's default host on this system.
  public static let defaultSocketFolder = "/var/run/postgresql"

  /// The URL's parameters this desk understands; libpq refuses others, and so do we.
  static let parameters: Set<String> = [
    "host", "port", "user", "password", "dbname", "sslmode", "passfile", "application_name", "connect_timeout",
  ]

  /// Where the server is, in words for a message (never with the password).
  public var place: String {
    switch host {
    case .tcp(let name): return "\(name.contains(":") ? "[\(name)]" : name):\(port)"
    case .socket(let folder): return "the socket in \(folder) (port \(port))"
    }
  }

  /// The URL again without its password, for a message or a log.
  public var redacted: String {
    switch host {
    case .tcp(let name): return "postgres://\(user)@\(name.contains(":") ? "[\(name)]" : name):\(port)/\(database)"
    case .socket(let folder): return "postgres://\(user)@/\(database)?host=\(folder)&port=\(port)"
    }
  }

  public static func parse(_ url: String, environment: [String: String]) throws(TeamError) -> TeamAddress {
    var rest = Substring(url)
    guard let scheme = ["postgresql://", "postgres://"].first(where: { rest.hasPrefix($0) }) else {
      throw TeamError.address(
        "\(quoted(url)) is not a PostgreSQL address; write it as psql would, e.g. postgres://arben@db.branch.local:5432/desk")
    }
    rest = rest.dropFirst(scheme.count)

    // The query first: libpq lets `?host=` and friends fill in or override what the URL left empty.
    var query: [String: String] = [:]
    if let mark = rest.firstIndex(of: "?") {
      for pair in rest[rest.index(after: mark)...].split(separator: "&", omittingEmptySubsequences: true) {
        guard let equals = pair.firstIndex(of: "=") else {
          throw TeamError.address("The address's setting \(quoted(String(pair))) has no value; write it as NAME=VALUE, e.g. ?sslmode=disable")
        }
        let name = try decode(pair[..<equals], in: url)
        guard parameters.contains(name) else {
          throw TeamError.address(
            "The address names \(quoted(name)), which the team desk does not understand; it reads \(parameters.sorted().joined(separator: ", ")).")
        }
        query[name] = try decode(pair[pair.index(after: equals)...], in: url)
      }
      rest = rest[..<mark]
    }

    var authority = rest
    var path: Substring = ""
    if let slash = rest.firstIndex(of: "/") {
      authority = rest[..<slash]
      path = rest[rest.index(after: slash)...]
    }

    var user: String?
    var password: String?
    if let at = authority.firstIndex(of: "@") {
      let info = authority[..<at]
      authority = authority[authority.index(after: at)...]
      if let colon = info.firstIndex(of: ":") {
        user = try decode(info[..<colon], in: url)
        password = try decode(info[info.index(after: colon)...], in: url)
      } else {
        user = try decode(info, in: url)
      }
    }

    var hostText: String?
    var portText: String?
    if authority.hasPrefix("[") {
      guard let close = authority.firstIndex(of: "]") else {
        throw TeamError.address("The address \(quoted(redact(url))) opens an IPv6 host with [ but never closes it with ].")
      }
      hostText = String(authority[authority.index(after: authority.startIndex)..<close])
      let after = authority[authority.index(after: close)...]
      if after.hasPrefix(":") { portText = String(after.dropFirst()) } else if !after.isEmpty {
        throw TeamError.address("The address \(quoted(redact(url))) has \(quoted(String(after))) after its host; put the port after a colon.")
      }
    } else if let colon = authority.lastIndex(of: ":") {
      hostText = try decode(authority[..<colon], in: url)
      portText = String(authority[authority.index(after: colon)...])
    } else if !authority.isEmpty {
      hostText = try decode(authority, in: url)
    }
    if let hostText, hostText.contains(",") {
      throw TeamError.address("The address names several servers (\(hostText)); the team desk connects to one. Name the one to use.")
    }

    func pick(_ fromURL: String?, _ parameter: String, _ variable: String) -> String? {
      [query[parameter], fromURL, environment[variable]].compactMap { $0 }.first { !$0.isEmpty }
    }
    let pathDatabase = path.isEmpty ? nil : try decode(path, in: url)
    let database = pick(pathDatabase, "dbname", "PGDATABASE")
    let login = pick(user, "user", "PGUSER") ?? operatingSystemUser()
    guard let login else {
      throw TeamError.address("Whose login? Name it in the address, e.g. postgres://arben@\(hostText ?? "localhost")/desk")
    }

    let hostValue = pick(hostText, "host", "PGHOST") ?? defaultSocketFolder
    let host: Host = hostValue.hasPrefix("/") ? .socket(hostValue) : .tcp(hostValue)

    let portValue = pick(portText.flatMap { $0.isEmpty ? nil : $0 }, "port", "PGPORT") ?? "5432"
    guard let port = Int(portValue), (1...65535).contains(port) else {
      throw TeamError.address("\(quoted(portValue)) is not a port; a port is a number from 1 to 65535, e.g. 5432.")
    }

    let modeValue = pick(nil, "sslmode", "PGSSLMODE") ?? "prefer"
    guard let sslMode = SSLMode(rawValue: modeValue) else {
      throw TeamError.address(
        "sslmode \(quoted(modeValue)) is not one PostgreSQL knows; use one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", ")).")
    }

    var timeout: Int?
    if let text = query["connect_timeout"] {
      guard let seconds = Int(text), seconds >= 0 else {
        throw TeamError.address("connect_timeout \(quoted(text)) is not a number of seconds, e.g. connect_timeout=10.")
      }
      // libpq: 0 means wait forever, and anything below 2 seconds is taken as 2.
      timeout = seconds == 0 ? nil : max(seconds, 2)
    }

    return TeamAddress(
      host: host, port: port, user: login, password: query["password"] ?? password,
      database: database ?? login, sslMode: sslMode, passfile: query["passfile"],
      applicationName: query["application_name"], connectTimeout: timeout)
  }

  private static func decode(_ text: Substring, in url: String) throws(TeamError) -> String {
    guard let decoded = String(text).removingPercentEncoding else {
      throw TeamError.address(
        "The address \(quoted(redact(url))) has a % that does not start a character code (%40 for @, %2F for /); write % itself as %25.")
    }
    return decoded
  }

  /// The name libpq takes when neither the URL nor PGUSER names a login.
  private static func operatingSystemUser() -> String? {
    guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
    return String(cString: name)
  }

  /// A URL as typed, with any password replaced, for messages about the URL itself.
  static func redact(_ url: String) -> String {
    guard let scheme = url.range(of: "://") else { return url }
    let afterScheme = url[scheme.upperBound...]
    let authorityEnd = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? afterScheme.endIndex
    let authority = afterScheme[..<authorityEnd]
    guard let at = authority.firstIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else { return url }
    return String(url[..<colon]) + ":…" + String(url[at...])
  }

  static func quoted(_ text: String) -> String { "\"\(text)\"" }
}
