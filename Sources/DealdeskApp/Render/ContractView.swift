import DealdeskCore
import Foundation

/// Supply contracts: `contracts`, `contract CT-1`, their lines on the client card and in the
/// agenda, and the replies to drafting, approving, sending, signing and terminating one.
/// Every figure of fulfilment is read from `Desk.fulfilment(of:at:)`.
enum ContractView {
  /// How many days ahead a contract's end shows in the agenda.
  static let expiryNoticeDays = 30

  static func list(_ desk: Desk, client: String?, now: Date) -> String {
    let contracts = desk.contractsInOrder(client: client)
    let whose = client.map { " for \(desk.clients[$0]?.name ?? $0)" } ?? ""
    guard !contracts.isEmpty else {
      let name = client.flatMap { desk.clients[$0]?.name } ?? "Acme"
      return "No contracts\(whose). Draft one: contract \(name): 12 months from 1 Jan, linen 220 at 10.90/m, net 45"
    }
    var lines = ["Contracts\(whose): \(Format.count(contracts.count))"]
    for contract in contracts {
      lines.append("  " + headline(contract, desk: desk, now: now))
      if let progress = progress(contract, desk: desk, now: now) { lines.append("    " + progress) }
    }
    return lines.joined(separator: "\n")
  }

  /// "CT-1 Acme Textiles · in force · 1 Jan 2027 to 31 Dec 2027 · net 45"
  static func headline(_ contract: Contract, desk: Desk, now: Date) -> String {
    var parts = ["\(contract.id) \(desk.clients[contract.clientId]?.name ?? contract.clientId)", state(contract, now: now)]
    parts.append("\(DeskDate.day(contract.start)) to \(DeskDate.day(contract.end))")
    if let terms = contract.paymentTerms { parts.append(terms.label) }
    return parts.joined(separator: " · ")
  }

  static func state(_ contract: Contract, now: Date) -> String {
    let state = contract.state(at: now)
    switch state {
    case .draft, .sent:
      return contract.awaitsApproval ? "\(state.rawValue), needs approval" : state.rawValue
    case .terminated:
      return "terminated" + (contract.terminatedAt.map { " \(DeskDate.day($0))" } ?? "")
    case .expired, .inForce, .signedNotYetInForce:
      return state.rawValue
    }
  }

  /// "bought 1,200 m of 5,000 m, 4,560.00 of 50,000.00 · pace asks 1,100 m · on track"; nil
  /// for a contract that is not signed.
  static func progress(_ contract: Contract, desk: Desk, now: Date) -> String? {
    guard contract.status == .signed || contract.status == .terminated else { return nil }
    let f = desk.fulfilment(of: contract, at: now)
    var bought = ["bought \(Format.meters(f.meters))" + (f.committedMeters.map { " of \(Format.meters($0))" } ?? "")]
    bought.append(Format.money(f.value) + (f.committedValue.map { " of \(Format.money($0))" } ?? ""))
    var parts = [bought.joined(separator: ", ")]
    let state = contract.state(at: now)
    if state == .inForce {
      let expected = [f.expectedMeters.map(Format.meters), f.expectedValue.map(Format.money)].compactMap { $0 }
      if !expected.isEmpty { parts.append("today's pace asks \(expected.joined(separator: ", "))") }
      switch f.isOnTrack {
      case true?: parts.append(Style.mark("on track", .good))
      case false?: parts.append(Style.mark("behind", .alert))
      case nil: break
      }
    } else if state == .expired, f.committedMeters != nil || f.committedValue != nil {
      parts.append(f.isMet ? Style.mark("commitment met", .good) : Style.mark("commitment not met", .alert))
    }
    return parts.joined(separator: " · ")
  }

  static func detail(_ desk: Desk, id: String, now: Date) -> String {
    guard let contract = desk.contracts[id] else { return "There is no contract \(id). `contracts` lists them." }
    var lines = [headline(contract, desk: desk, now: now)]
    for line in contract.lines { lines.append("  " + lineText(line, desk: desk)) }
    if let commitment = commitment(contract.commitment) { lines.append("  commitment: \(commitment)") }
    lines.append("  payment: " + (contract.paymentTerms?.label ?? "the client's standing terms"))
    lines.append("  drafted \(DeskDate.day(contract.draftedAt))" + (contract.draftedBy == "you" ? "" : " by \(contract.draftedBy)"))
    if !contract.approvalReasons.isEmpty {
      if let approval = contract.approval {
        lines.append("  approved by \(approval.by) on \(DeskDate.day(approval.at)): \(contract.approvalReasons.joined(separator: "; "))")
      } else {
        lines.append("  " + Style.mark("needs approval: \(contract.approvalReasons.joined(separator: "; "))", .warning))
      }
    }
    if let sent = contract.sentAt { lines.append("  sent \(DeskDate.day(sent))") }
    if let signing = contract.signing {
      lines.append("  signed \(DeskDate.day(signing.at)) by \(signing.ours) (for us) and \(signing.theirs) (for the client)")
    }
    if let at = contract.terminatedAt { lines.append("  terminated \(DeskDate.day(at)): \(contract.terminationReason ?? "")") }
    if let progress = progress(contract, desk: desk, now: now) { lines.append("  " + progress) }
    return lines.joined(separator: "\n")
  }

  /// "Linen 220 at 10.90/m (list 12.40, 12.1% off)", "Poplin 8% off list"
  static func lineText(_ line: ContractLine, desk: Desk) -> String {
    let target = target(line.scope, desk: desk)
    if let price = line.unitPrice {
      if case .product(let sku) = line.scope, let product = desk.products[sku] {
        return "\(target) at \(Format.money(price))/m (list \(Format.money(product.listPrice)), \(Format.percent(Money.discountPercent(list: product.listPrice, net: price))) off)"
      }
      return "\(target) at \(Format.money(price))/m"
    }
    return "\(target) \(Format.percent(line.discountPercent ?? 0)) off list"
  }

  static func commitment(_ commitment: Commitment?) -> String? {
    guard let commitment else { return nil }
    let parts = [commitment.meters.map(Format.meters), commitment.value.map(Format.money)].compactMap { $0 }
    return parts.isEmpty ? nil : "at least \(parts.joined(separator: " and ")) a year"
  }

  /// The client card's contract lines: each contract signed and not over, with its fulfilment.
  static func cardLines(_ desk: Desk, client: String, now: Date) -> [String] {
    var lines: [String] = []
    for contract in desk.contractsInOrder(client: client) {
      let state = contract.state(at: now)
      guard state != .expired, state != .terminated else { continue }
      var parts = ["  contract \(contract.id)", self.state(contract, now: now), "\(DeskDate.day(contract.start)) to \(DeskDate.day(contract.end))"]
      if let terms = contract.paymentTerms { parts.append(terms.label) }
      lines.append(parts.joined(separator: " · "))
      if let progress = progress(contract, desk: desk, now: now) { lines.append("    " + progress) }
    }
    return lines
  }

  /// The agenda's lines for signed contracts ending within 30 days.
  static func agendaLines(_ desk: Desk, now: Date) -> [String] {
    desk.contractsExpiring(within: expiryNoticeDays, at: now).map { contract in
      let days = DeskDate.dayNumber(contract.end) - DeskDate.dayNumber(now)
      let when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in \(days) days"
      return "\(contract.id) \(desk.clients[contract.clientId]?.name ?? contract.clientId) ends \(when), \(DeskDate.day(contract.end)): renew or let it lapse"
    }
  }

  static func confirm(_ event: Event, desk: Desk, now: Date) -> String? {
    switch event {
    case .contractDrafted(let contract):
      var lines = ["Drafted \(headline(contract, desk: desk, now: now))."]
      for line in contract.lines { lines.append("  " + lineText(line, desk: desk)) }
      if let commitment = commitment(contract.commitment) { lines.append("  commitment: \(commitment)") }
      if contract.awaitsApproval {
        lines.append("  " + Style.mark("needs approval: \(contract.approvalReasons.joined(separator: "; "))", .warning)
          + ". A director approves it: approve contract \(contract.id) by NAME")
      } else {
        lines.append("  Within your authority. Next: send contract \(contract.id)")
      }
      return lines.joined(separator: "\n")
    case .contractApproved(let id, let approval):
      let by = approval.by == "you" ? "" : " by \(approval.by)"
      return "Approved contract \(id)\(by). Next: send contract \(id)"
    case .contractSent(let id, _):
      return "Contract \(id) sent to \(client(id, desk)). When it comes back signed: sign contract \(id) by OUR SIGNATORY and THEIRS"
    case .contractSigned(let id, let signing):
      guard let contract = desk.contracts[id] else { return "Contract \(id) signed." }
      let from = contract.state(at: now) == .inForce ? "now" : "from \(DeskDate.day(contract.start))"
      return "Contract \(id) signed \(DeskDate.day(signing.at)) by \(signing.ours) and \(signing.theirs) (\(client(id, desk))). Its prices and terms are \(Format.possessive(client(id, desk))) \(from) to \(DeskDate.day(contract.end))."
    case .contractTerminated(let id, let reason, let at):
      return "Contract \(id) with \(client(id, desk)) terminated \(DeskDate.day(at)): \(reason). Orders from now on are at standing terms."
    default:
      return nil
    }
  }

  /// A fabric's name, a category, everything.
  private static func target(_ scope: OfferScope, desk: Desk) -> String {
    switch scope {
    case .all: return "Everything"
    case .category(let name): return name
    case .product(let sku): return desk.products[sku]?.name ?? sku
    }
  }

  private static func client(_ id: String, _ desk: Desk) -> String {
    desk.contracts[id].flatMap { desk.clients[$0.clientId]?.name } ?? id
  }
}

