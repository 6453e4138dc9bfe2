// Every option-exchange adapter file; importing one runs its CustomFunctions.associate calls.
import "./newShares";
