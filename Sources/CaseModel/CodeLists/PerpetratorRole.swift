/// What a perpetrator did in the trafficking process (`per_RoleInProcess`).
public enum PerpetratorRole: String, CodeList {
    case travellingPartner = "TravellingPartner"
    case transporter = "Transporter"
    case recruiterOrIntermediary = "RecruiterOrIntermediary"
    case brokerTravelAgent = "BrokerTravelAgent"
    case transferredIndividual = "TransferredIndividual"
    case harbouredIndividual = "HarbouredIndividual"
    case soldIndividual = "SoldIndividual"
    case boughtIndividual = "BoughtIndividual"
    case receivedIndividual = "ReceivedIndividual"
    case controlledIndividual = "ControlledIndividual"
    case smuggler = "Smuggler"
    case abuser = "Abuser"
    case kidnapper = "Kidnapper"
    case exploiter = "Exploiter"
    case other = "Other"

    public static let field = "per_RoleInProcess"
    public static let labelPrefix = "perpetratorRole"
}
