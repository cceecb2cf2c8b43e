import DealdeskCore
import Foundation

/// Turns a coding error into the middle of a sentence a person can act on: which field,
/// what was expected. The coders' own text talks about "keyed containers", and printing
/// an error whole can even crash (Foundation traps describing a NaN Date).
enum CodingProblem {
  static func describe(encoding error: any Error) -> String {
    guard case .invalidValue(_, let context) = error as? EncodingError else { return "\(type(of: error))" }
    return context.codingPath.isEmpty
      ? context.debugDescription : "\(path(context.codingPath)): \(context.debugDescription)"
  }

  static func describe(_ error: any Error) -> String {
    if let problem = error as? EntryProblem { return problem.reason }
    if let range = error as? OutOfRange { return range.description }
    guard let error = error as? DecodingError else { return "\(type(of: error))" }
    switch error {
    case .keyNotFound(let key, let context):
      return "the field \"\(path(context.codingPath + [key]))\" is missing"
    case .valueNotFound(let type, let context):
      return "\(field(context)) is empty (null) where \(name(of: type)) was expected"
    case .typeMismatch(let type, let context):
      return "\(field(context)) should be \(name(of: type))"
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      return "it is not valid JSON"
    case .dataCorrupted(let context) where context.debugDescription.hasPrefix("Cannot initialize "):
      // Foundation's words for a name an enum does not have ("Cannot initialize Kind from
      // invalid String value sneeze"): say it the way the file shows it.
      let value = context.debugDescription.components(separatedBy: " value ").last ?? ""
      return "\(field(context)) is \"\(value)\", which this Dealdesk does not know"
    case .dataCorrupted(let context):
      return "\(field(context)): \(context.debugDescription)"
    @unknown default:
      return "\(type(of: error))"
    }
  }

  private static func field(_ context: DecodingError.Context) -> String {
    context.codingPath.isEmpty ? "the whole line" : "the field \"\(path(context.codingPath))\""
  }

  /// `desk.clients[3].name`: the form someone would look for in the file.
  static func path(_ keys: [any CodingKey]) -> String {
    var text = ""
    for key in keys {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : "." + key.stringValue
      }
    }
    return text
  }

  private static func name(of type: Any.Type) -> String {
    switch type {
    case is String.Type: "text"
    case is Bool.Type: "true or false"
    case is Int.Type, is Double.Type, is Decimal.Type, is Int64.Type, is UInt.Type, is Float.Type:
      "a number"
    case is [Any].Type: "a list"
    case is [String: Any].Type: "an object"
    default: "a \(type)"
    }
  }
}
