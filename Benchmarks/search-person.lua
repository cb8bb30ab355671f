-- wrk script: POST /api/v1/persons/search, as search-before-create does while
-- a worker types a name: common names with a typo, a birth year and a citizenship.
local token = os.getenv("TOKEN")
local names = {"Amarah Okafur", "Olena Shevchenco", "Maria Santoz", "Siti Rahmen", "Ioanna Popesku", "Blessing Mensa",
               "Linh Nguyn", "Fatima Dialo", "Grace Kamau", "Anna Ivanova", "Jose Garsia", "Mei Chen"}
local counter = 0

request = function()
    counter = counter + 1
    local body = string.format('{"name":"%s","birthYear":%d}', names[counter % #names + 1], 1980 + counter % 25)
    return wrk.format("POST", "/api/v1/persons/search", {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end
