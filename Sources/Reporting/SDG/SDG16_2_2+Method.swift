extension SDG16_2_2 {
    /// How Libertas computes the indicator, in English, for the indicator page and every export.
    /// `PopulationMethod.text` follows it wherever the shipped WPP table is the denominator.
    public static let methodText = """
        SDG indicator 16.2.2 is the number of detected victims of trafficking in persons per 100,000 population. \
        A victim counts in the year of detection, once, whatever the number of forms of exploitation; a victim \
        exploited in forms of several groups counts under "Other forms of exploitation", as in the UNODC Global \
        Report. The rate is the count divided by the population of the country in that year and multiplied by \
        100,000. The rate for a sex, an age group or both uses the population of that sex and age; the rate for a \
        form of exploitation uses the whole population of the sex and age, so the rates of the three forms add up \
        to the rate of all victims with a recorded form. Victims whose sex is recorded as other or unknown, or whose \
        age is unknown, count in the total but in no sex or age rate, because population statistics have no \
        matching group; the sex and age rates can therefore add up to less than the total. Children are aged 0–17 \
        and adults 18 or over, at the time of detection. Rates are shown with two decimals. Counts from 1 to the \
        suppression threshold minus one are withheld, and so are their rates, because a rate and a published \
        population reveal the count.
        """
}
