// Every option-exchange adapter file; importing one runs its CustomFunctions.associate calls.
import "./newShares";
import "./eligibility";
import "./vesting";
import "./iso";
import "./valuation";
import "./filingFee";
import "./businessDays";
import "./deadlines";
import "./tax";
import "./terms";
