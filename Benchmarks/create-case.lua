-- wrk script: POST /api/v1/cases with one victim, a different name each time.
-- The token comes from the TOKEN environment variable.
local token = os.getenv("TOKEN")
local given = {"Amara", "Blessing", "Olena", "Maria", "Siti", "Linh", "Ioana", "Fatima", "Grace", "Mei"}
local family = {"Okafor", "Mensah", "Shevchenko", "Santos", "Nguyen", "Popescu", "Diallo", "Reyes", "Kamau", "Tran"}
local counter = 0

request = function()
    counter = counter + 1
    local body = string.format(
        '{"record":{"openedOn":"2026-10-02"},"victims":[{"person":{"givenName":"%s","familyName":"%s %d","gender":"Feminine",' ..
        '"citizenships":["NGA"],"birthDate":"1994-05","phone":"+234803%07d"},"context":{"identifiedOn":"2026-09",' ..
        '"traffickingStatus":"ActualVictimOfTrafficking","exploitationTypes":["ForcedLabour"],"controlMethods":["DebtBondage"]}}]}',
        given[counter % 10 + 1], family[math.random(10)], counter, math.random(9999999))
    return wrk.format("POST", "/api/v1/cases", {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end
