import Crypto
import Foundation
import _CryptoExtras

/// A password as PostgreSQL keeps it: its SCRAM-SHA-256 verifier (RFC 5802, RFC 7677), made
/// here the way psql's \password makes it, so the password itself never travels to the
/// server or lands in its logs. `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`.
enum ScramVerifier {
  /// PostgreSQL's own default (scram_iterations): what psql's \password would use.
  static let iterations = 4096

  static func make(password: String, salt: [UInt8]) throws -> String {
    // PostgreSQL prepares the password with SASLprep; for the passwords people type, that
    // is its compatibility normal form (NFKC). ASCII is left as it is.
    let prepared = Array(password.precomposedStringWithCompatibilityMapping.utf8)
    let salted = try KDF.Insecure.PBKDF2.deriveKey(
      from: prepared, salt: salt, using: .sha256, outputByteCount: 32, unsafeUncheckedRounds: iterations)
    let clientKey = HMAC<SHA256>.authenticationCode(for: Array("Client Key".utf8), using: salted)
    let storedKey = SHA256.hash(data: Data(clientKey))
    let serverKey = HMAC<SHA256>.authenticationCode(for: Array("Server Key".utf8), using: salted)
    return "SCRAM-SHA-256$\(iterations):\(Data(salt).base64EncodedString())$"
      + "\(Data(storedKey).base64EncodedString()):\(Data(serverKey).base64EncodedString())"
  }

  /// With a fresh random salt of 16 bytes, as PostgreSQL uses.
  static func make(password: String) throws -> String {
    var generator = SystemRandomNumberGenerator()
    return try make(password: password, salt: (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
  }
}
