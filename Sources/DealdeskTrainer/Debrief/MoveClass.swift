/// The class of a negotiation move, after Hindriks, Jonker & Tykhonov (2007), "Analysis of
/// negotiation dynamics": a trainee's offer compared with its previous offer by the change
/// in its own utility and in the client's.
///
/// The six classes cover every pair of changes, with no gaps and no overlaps:
///
/// | own change | client change | class |
/// |---|---|---|
/// | > 0 | > 0 | fortunate |
/// | > 0 | ≤ 0 | selfish |
/// | < 0 | ≥ 0 | concession |
/// | < 0 | < 0 | unfortunate |
/// | = 0 | > 0 | nice |
/// | = 0 | = 0 | silent |
/// | = 0 | < 0 | unfortunate |
///
/// Changes are integer millionths of utility, so "zero" means exactly zero: no tolerance
/// band, nothing a rounding could tip. (A seller utility changes by at least about 1.4
/// millionths per cent of margin, so "own = 0" means the same margin to the cent.) The
/// boundary cases follow the paper's sectors: giving up margin the client does not value
/// (own < 0, client = 0) is a concession, if a wasted one; taking something from the
/// client at no gain to oneself (own = 0, client < 0) is unfortunate.
public enum MoveClass: String, Sendable, Equatable, CaseIterable {
  case concession
  case selfish
  case fortunate
  case unfortunate
  case nice
  case silent

  /// The class of a move that changed the seller's utility by `own` and the client's by
  /// `client`, in millionths.
  public init(own: Int, client: Int) {
    switch (own.signum(), client.signum()) {
    case (1, 1): self = .fortunate
    case (1, _): self = .selfish
    case (-1, -1): self = .unfortunate
    case (-1, _): self = .concession
    case (0, 1): self = .nice
    case (0, 0): self = .silent
    default: self = .unfortunate  // own unchanged, client worse off
    }
  }
}
