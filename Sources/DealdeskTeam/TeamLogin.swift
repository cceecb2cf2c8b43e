import Foundation
import NIOSSL
import PostgresNIO

/// An address with its password found as psql finds it: in the URL, else PGPASSWORD, else
/// the password file. `warnings` says what was passed over (a passfile others may read).
public struct TeamLogin: Sendable {
  public var address: TeamAddress
  var password: String?
  public var warnings: [String]

  public static func resolve(_ url: String, environment: [String: String]) throws(TeamError) -> TeamLogin {
    let address = try TeamAddress.parse(url, environment: environment)
    if let password = address.password { return TeamLogin(address: address, password: password, warnings: []) }
    if let password = environment["PGPASSWORD"], !password.isEmpty {
      return TeamLogin(address: address, password: password, warnings: [])
    }
    guard let file = PassFile.locate(for: address, environment: environment) else {
      return TeamLogin(address: address, password: nil, warnings: [])
    }
    let found = file.password(for: address)
    return TeamLogin(address: address, password: found.password, warnings: found.warning.map { [$0] } ?? [])
  }

  func configuration() throws(TeamError) -> PostgresConnection.Configuration {
    var configuration: PostgresConnection.Configuration
    switch address.host {
    case .socket(let folder):
      let socket = (folder as NSString).appendingPathComponent(".s.PGSQL.\(address.port)")
      configuration = .init(unixSocketPath: socket, username: address.user, password: password, database: address.database)
    case .tcp(let host):
      configuration = .init(
        host: host, port: address.port, username: address.user, password: password, database: address.database, tls: try tls())
    }
    if let seconds = address.connectTimeout { configuration.options.connectTimeout = .seconds(Int64(seconds)) }
    if let name = address.applicationName { configuration.options.additionalStartupParameters.append(("application_name", name)) }
    return configuration
  }

  /// libpq's sslmode in PostgresNIO's terms. `require` encrypts without checking the
  /// certificate, as libpq's does; verify-ca and verify-full check it against the system's
  /// trusted certificates.
  private func tls() throws(TeamError) -> PostgresConnection.Configuration.TLS {
    var settings = TLSConfiguration.makeClientConfiguration()
    switch address.sslMode {
    case .disable: return .disable
    case .allow, .prefer, .require: settings.certificateVerification = .none
    case .verifyCA: settings.certificateVerification = .noHostnameVerification
    case .verifyFull: settings.certificateVerification = .fullVerification
    }
    let context: NIOSSLContext
    do {
      context = try NIOSSLContext(configuration: settings)
    } catch {
      throw TeamError("Could not prepare TLS for \(address.place): \(error). Try sslmode=disable on a trusted network.", kind: .unreachable)
    }
    switch address.sslMode {
    case .allow, .prefer: return .prefer(context)
    default: return .require(context)
    }
  }
}
