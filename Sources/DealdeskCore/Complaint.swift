import Foundation

/// What a complaint is about, read from the manager's words when not given.
public enum ComplaintReason: String, Codable, Sendable, Equatable, CaseIterable {
  case shade, width, weight, defects, shortLength, lateDelivery, other

  /// The category the words point to: "wrong shade" → shade, "20 m short" → shortLength,
  /// "late delivery" → lateDelivery; anything else is other. The first kind of word found
  /// in this order wins.
  public static func read(from text: String) -> ComplaintReason {
    let words = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .split { !$0.isLetter }.map(String.init)
    let cues: [(ComplaintReason, [String])] = [
      (.shade, ["shade", "shades", "colour", "color", "colours", "colors", "dye", "tone", "faded", "shading"]),
      (.shortLength, ["short", "shortage", "missing", "less", "shorter"]),
      (.lateDelivery, ["late", "delay", "delayed", "overdue", "lateness"]),
      (.width, ["width", "wide", "narrow", "narrower"]),
      (.weight, ["weight", "gsm", "heavy", "heavier", "light", "lighter", "thin", "thinner"]),
      (.defects, ["defect", "defects", "defective", "hole", "holes", "stain", "stains", "stained", "flaw", "flaws", "torn", "tear", "damaged", "damage", "faulty", "knots", "slub", "slubs"]),
    ]
    for (reason, cue) in cues where words.contains(where: cue.contains) { return reason }
    return .other
  }

  /// "short length", "late delivery"
  public var label: String {
    switch self {
    case .shortLength: return "short length"
    case .lateDelivery: return "late delivery"
    default: return rawValue
    }
  }
}

public enum ComplaintStatus: String, Codable, Sendable, Equatable { case open, resolved }

/// Whether the client was right: justified complaints count against the manager.
public enum ComplaintVerdict: String, Codable, Sendable, Equatable { case justified, unjustified }

/// What was done about a complaint: a credit, replacement metres, a discount, and words.
public struct ComplaintResolution: Codable, Sendable, Equatable {
  public var credit: Decimal?
  public var replacementMeters: Decimal?
  public var discountPercent: Decimal?
  public var text: String
  /// The credit note the credit or discount raised (nil: none, or resolved before credit notes).
  public var creditNote: String?

  public init(
    credit: Decimal? = nil, replacementMeters: Decimal? = nil, discountPercent: Decimal? = nil, text: String = "",
    creditNote: String? = nil
  ) {
    self.credit = credit
    self.replacementMeters = replacementMeters
    self.discountPercent = discountPercent
    self.text = text
    self.creditNote = creditNote
  }

  /// A credit recorded by a build before credit notes: it raises its credit note when read.
  public var isLegacyCredit: Bool { creditNote == nil && (credit ?? 0) > 0 }
}

/// A client's complaint (a claim), about an order and its dye lot when known.
public struct Complaint: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var clientId: String
  public var order: String?
  public var lot: String?
  public var reason: ComplaintReason
  public var text: String
  public var status: ComplaintStatus
  public var verdict: ComplaintVerdict?
  public var resolution: ComplaintResolution?
  public var openedAt: Date
  public var resolvedAt: Date?
  /// Replacement metres shipped at no charge, by fabric and lot.
  public var replacement: [ShippedLine]?

  public init(
    id: String, clientId: String, order: String?, lot: String?, reason: ComplaintReason, text: String, openedAt: Date
  ) {
    self.id = id
    self.clientId = clientId
    self.order = order
    self.lot = lot
    self.reason = reason
    self.text = text
    self.status = .open
    self.openedAt = openedAt
  }
}

/// A complaint as the manager reports it; the desk gives it an id and finds the lot.
public struct NewComplaint: Sendable, Equatable {
  public var client: String
  public var order: String?
  public var lot: String?
  public var reason: ComplaintReason
  public var text: String

  public init(client: String, order: String? = nil, lot: String? = nil, reason: ComplaintReason, text: String) {
    self.client = client
    self.order = order
    self.lot = lot
    self.reason = reason
    self.text = text
  }
}

extension Desk {
  public var complaintsInOrder: [Complaint] { complaints.values.sorted { Ids.order($0.id, $1.id) } }

  /// One client's, in the order they were filed.
  public func complaints(for clientId: String) -> [Complaint] {
    records(complaints, of: clientId, \.complaints, counted: \.complaints) { $0.clientId == clientId }
      .sorted { Ids.order($0.id, $1.id) }
  }
}
