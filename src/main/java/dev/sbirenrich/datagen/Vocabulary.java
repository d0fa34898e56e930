package dev.sbirenrich.datagen;

import java.util.SplittableRandom;

/**
 * Word lists the generator draws names, places and text from. Generic business words are few and
 * drawn often, so that (as in the real recipient list) they appear in hundreds of thousands of names.
 */
final class Vocabulary {
    /** Very common words in company names; each appears in a large share of all names. */
    static final String[] GENERIC = words("TECHNOLOGIES SYSTEMS SOLUTIONS SERVICES GROUP ASSOCIATES"
            + " ENTERPRISES INTERNATIONAL INDUSTRIES CONSULTING LABS RESEARCH ENGINEERING SCIENCES"
            + " TECHNOLOGY PARTNERS HOLDINGS AMERICA GLOBAL MANAGEMENT DEVELOPMENT INNOVATIONS DESIGN"
            + " LABORATORIES MANUFACTURING PRODUCTS NETWORKS SOFTWARE ANALYTICS INSTRUMENTS");

    /** Technical fields typical of SBIR firms. */
    static final String[] FIELD = words("ROBOTICS MATERIALS PHOTONICS OPTICS SENSORS BIOSCIENCES"
            + " THERAPEUTICS DIAGNOSTICS AEROSPACE ENERGY POWER MICROSYSTEMS NANOTECH DEFENSE MARINE"
            + " ACOUSTICS COMPOSITES CERAMICS SEMICONDUCTOR LASER QUANTUM CYBER IMAGING MEDICAL"
            + " ENVIRONMENTAL AUTONOMY PROPULSION SPACE WIRELESS ELECTRONICS BIOMEDICAL GENOMICS"
            + " THERMAL FLUIDICS SIMULATION DATA VISION CONTROLS DYNAMICS MECHANICS");

    static final String[] ADJECTIVE = words("ADVANCED APPLIED INTEGRATED PRECISION INNOVATIVE"
            + " STRATEGIC TACTICAL INTELLIGENT NATIONAL AMERICAN UNITED GENERAL CREATIVE FIRST");

    /** Ordinary English words used as brand words ("BLUE RIVER", "SUMMIT"). */
    static final String[] REAL = words("ACME APEX ATLAS AURORA BLUE BRIGHT CARDINAL CASCADE CEDAR"
            + " CENTURY CIRRUS COASTAL COBALT COMET CONDOR CORAL CREST CRYSTAL DELTA DIAMOND EAGLE"
            + " ECHO ELM EMERALD EVEREST FALCON FRONTIER GALAXY GRANITE GREEN HARBOR HAWK HERITAGE"
            + " HORIZON IRON JADE KESTREL KEYSTONE LIBERTY LIGHTHOUSE MAPLE MERIDIAN MESA NOVA OAK"
            + " OCEAN OMEGA ORION PACIFIC PATRIOT PEAK PHOENIX PILOT PINE PINNACLE PIONEER POLARIS"
            + " PRAIRIE PRISM RAVEN REDWOOD RIDGE RIVER ROCKY SABLE SAGE SENTINEL SIERRA SILVER"
            + " SKYLINE SOLAR SPARTAN STELLAR STERLING STONE SUMMIT SUNRISE TALON TIDEWATER TITAN"
            + " TRIDENT TRINITY VALLEY VANGUARD VECTOR VERTEX VIKING VISTA WILLOW ZENITH ALPINE"
            + " ARROW BEACON BLACKHAWK BRIDGE CANYON CHESAPEAKE COLUMBIA COMPASS FUSION HELIX"
            + " INFINITY LAKESIDE MAGNOLIA MOUNTAIN NORTHSTAR PALMETTO PARAGON QUANTA RED SPECTRUM");

    static final String[] SURNAME = words("SMITH JOHNSON WILLIAMS BROWN JONES MILLER DAVIS GARCIA"
            + " RODRIGUEZ WILSON MARTINEZ ANDERSON TAYLOR THOMAS HERNANDEZ MOORE MARTIN JACKSON"
            + " THOMPSON WHITE LOPEZ LEE GONZALEZ HARRIS CLARK LEWIS ROBINSON WALKER PEREZ HALL YOUNG"
            + " ALLEN SANCHEZ WRIGHT KING SCOTT GREEN BAKER ADAMS NELSON HILL RAMIREZ CAMPBELL"
            + " MITCHELL ROBERTS CARTER PHILLIPS EVANS TURNER TORRES PARKER COLLINS EDWARDS STEWART"
            + " FLORES MORRIS NGUYEN MURPHY RIVERA COOK ROGERS MORGAN PETERSON COOPER REED BAILEY BELL"
            + " GOMEZ KELLY HOWARD WARD COX DIAZ RICHARDSON WOOD WATSON BROOKS BENNETT GRAY JAMES"
            + " REYES CRUZ HUGHES PRICE MYERS LONG FOSTER SANDERS ROSS MORALES POWELL SULLIVAN RUSSELL"
            + " ORTIZ JENKINS GUTIERREZ PERRY BUTLER BARNES FISHER HENDERSON COLEMAN SIMMONS PATTERSON");

    static final String[] FIRST_NAME = words("James Mary Robert Patricia John Jennifer Michael Linda"
            + " David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen"
            + " Daniel Lisa Matthew Nancy Anthony Betty Mark Sandra Steven Ashley Paul Emily Andrew"
            + " Kimberly Joshua Donna Kenneth Michelle Kevin Carol Brian Amanda Wei Priya Raj Mei Omar");

    /** Words of a recipient that is not a company (a city, a school, a church): noise for name search. */
    static final String[] INSTITUTION = words("UNIVERSITY COLLEGE SCHOOL DISTRICT CHURCH HOSPITAL"
            + " FOUNDATION INSTITUTE AUTHORITY COUNCIL");

    // Syllables of made-up brand words. Recipient brands use single vowels only; the brands of
    // companies absent from the reference use a diphthong, so they can never equal a recipient's.
    private static final String[] ONSET = words("B BR C CH CR D DR F FL G GR K KL KR L M N P PR"
            + " QU R S SK ST T TR V W Z X");
    private static final String[] VOWEL = words("A E I O U Y");
    private static final String[] ABSENT_VOWEL = words("OU EI AU OA IE");
    private static final String[] CODA = words("N R X S L NT RK ND M TH");
    private static final String[] ENDING = words("TEK TRONIX GEN SYS NETICS LOGIC VISION WAVE CORE DYNE"
            + " TECH SOFT LYTICS MATICS ON IX EX AR IUM ICA");

    static final String[] TECH_WORDS = words("adaptive algorithm analysis architecture autonomous"
            + " battery bandwidth calibration catalyst cellular coating compact composite computing"
            + " control cryogenic data detection device diagnostic efficient electrochemical embedded"
            + " energy engine estimation fabrication fiber field flexible fluid framework fuel"
            + " hardware high-throughput hybrid hypersonic imaging infrared integrated interface laser"
            + " learning lightweight low-cost machine manufacturing membrane microfluidic model modular"
            + " monitoring network neural novel optical optimization payload performance photonic"
            + " platform polymer portable power precision processing prototype quantum radar real-time"
            + " reliability resilient robotic rugged satellite scalable secure semiconductor sensor"
            + " signal simulation software spectral structural surface system targeted testing thermal"
            + " therapy tissue tracking transmission ultrasound unmanned vaccine validation wearable");
    static final String[] PLAIN_WORDS = words("the of and for to with in a that this will which"
            + " is be by on as an are from these our phase we project develop demonstrate provide"
            + " enable improve reduce existing current proposed approach");

    /** Two-letter code, full name as SBIR.gov writes it, three cities, and each city's zip5 base. */
    static final String[][] STATES = {
        {"AL", "Alabama", "Huntsville", "35805", "Birmingham", "35203", "Mobile", "36602"},
        {"AK", "Alaska", "Anchorage", "99501", "Fairbanks", "99701", "Juneau", "99801"},
        {"AZ", "Arizona", "Phoenix", "85004", "Tucson", "85701", "Tempe", "85281"},
        {"AR", "Arkansas", "Little Rock", "72201", "Fayetteville", "72701", "Conway", "72032"},
        {"CA", "California", "San Diego", "92101", "Los Angeles", "90012", "San Jose", "95113"},
        {"CO", "Colorado", "Boulder", "80301", "Denver", "80202", "Colorado Springs", "80903"},
        {"CT", "Connecticut", "Hartford", "06103", "New Haven", "06510", "Stamford", "06901"},
        {"DE", "Delaware", "Wilmington", "19801", "Newark", "19711", "Dover", "19901"},
        {"DC", "District of Columbia", "Washington", "20001", "Washington", "20005", "Washington", "20036"},
        {"FL", "Florida", "Orlando", "32801", "Tampa", "33602", "Melbourne", "32901"},
        {"GA", "Georgia", "Atlanta", "30303", "Marietta", "30060", "Savannah", "31401"},
        {"HI", "Hawaii", "Honolulu", "96813", "Hilo", "96720", "Kailua", "96734"},
        {"ID", "Idaho", "Boise", "83702", "Idaho Falls", "83402", "Moscow", "83843"},
        {"IL", "Illinois", "Chicago", "60601", "Champaign", "61820", "Naperville", "60540"},
        {"IN", "Indiana", "Indianapolis", "46204", "West Lafayette", "47906", "Bloomington", "47401"},
        {"IA", "Iowa", "Ames", "50010", "Des Moines", "50309", "Iowa City", "52240"},
        {"KS", "Kansas", "Wichita", "67202", "Lawrence", "66044", "Overland Park", "66210"},
        {"KY", "Kentucky", "Lexington", "40507", "Louisville", "40202", "Bowling Green", "42101"},
        {"LA", "Louisiana", "Baton Rouge", "70801", "New Orleans", "70112", "Lafayette", "70501"},
        {"ME", "Maine", "Portland", "04101", "Bangor", "04401", "Orono", "04473"},
        {"MD", "Maryland", "Columbia", "21044", "Rockville", "20850", "Baltimore", "21201"},
        {"MA", "Massachusetts", "Cambridge", "02139", "Boston", "02110", "Woburn", "01801"},
        {"MI", "Michigan", "Ann Arbor", "48104", "Detroit", "48226", "Lansing", "48933"},
        {"MN", "Minnesota", "Minneapolis", "55401", "Saint Paul", "55101", "Rochester", "55901"},
        {"MS", "Mississippi", "Jackson", "39201", "Starkville", "39759", "Gulfport", "39501"},
        {"MO", "Missouri", "Saint Louis", "63101", "Kansas City", "64105", "Columbia", "65201"},
        {"MT", "Montana", "Bozeman", "59715", "Missoula", "59801", "Billings", "59101"},
        {"NE", "Nebraska", "Lincoln", "68508", "Omaha", "68102", "Kearney", "68847"},
        {"NV", "Nevada", "Reno", "89501", "Las Vegas", "89101", "Henderson", "89002"},
        {"NH", "New Hampshire", "Nashua", "03060", "Manchester", "03101", "Lebanon", "03766"},
        {"NJ", "New Jersey", "Princeton", "08540", "Newark", "07102", "Wall", "07719"},
        {"NM", "New Mexico", "Albuquerque", "87102", "Santa Fe", "87501", "Las Cruces", "88001"},
        {"NY", "New York", "New York", "10001", "Rochester", "14604", "Albany", "12207"},
        {"NC", "North Carolina", "Raleigh", "27601", "Durham", "27701", "Charlotte", "28202"},
        {"ND", "North Dakota", "Fargo", "58102", "Grand Forks", "58201", "Bismarck", "58501"},
        {"OH", "Ohio", "Dayton", "45402", "Columbus", "43215", "Cleveland", "44114"},
        {"OK", "Oklahoma", "Oklahoma City", "73102", "Tulsa", "74103", "Norman", "73069"},
        {"OR", "Oregon", "Portland", "97204", "Eugene", "97401", "Corvallis", "97330"},
        {"PA", "Pennsylvania", "Pittsburgh", "15222", "Philadelphia", "19103", "State College", "16801"},
        {"RI", "Rhode Island", "Providence", "02903", "Newport", "02840", "Warwick", "02886"},
        {"SC", "South Carolina", "Charleston", "29401", "Columbia", "29201", "Greenville", "29601"},
        {"SD", "South Dakota", "Sioux Falls", "57104", "Rapid City", "57701", "Brookings", "57006"},
        {"TN", "Tennessee", "Knoxville", "37902", "Nashville", "37203", "Oak Ridge", "37830"},
        {"TX", "Texas", "Austin", "78701", "Houston", "77002", "San Antonio", "78205"},
        {"UT", "Utah", "Salt Lake City", "84101", "Logan", "84321", "Provo", "84601"},
        {"VT", "Vermont", "Burlington", "05401", "Montpelier", "05602", "Rutland", "05701"},
        {"VA", "Virginia", "Arlington", "22201", "Reston", "20190", "Charlottesville", "22902"},
        {"WA", "Washington", "Seattle", "98101", "Redmond", "98052", "Spokane", "99201"},
        {"WV", "West Virginia", "Morgantown", "26505", "Charleston", "25301", "Fairmont", "26554"},
        {"WI", "Wisconsin", "Madison", "53703", "Milwaukee", "53202", "Green Bay", "54301"},
        {"WY", "Wyoming", "Laramie", "82070", "Cheyenne", "82001", "Casper", "82601"},
        {"PR", "Puerto Rico", "San Juan", "00901", "Ponce", "00716", "Mayaguez", "00680"},
    };
    /** Relative number of firms per state, in STATES order (SBIR awards cluster in CA, MA, VA, MD...). */
    private static final int[] STATE_WEIGHT = {
        3, 1, 3, 1, 20, 6, 3, 1, 2, 6, 3, 1, 1, 4, 2, 1, 1, 1, 1, 1, 8, 14, 3, 2, 1, 2, 1, 1, 1, 2,
        4, 3, 6, 3, 1, 5, 1, 2, 5, 1, 1, 1, 2, 7, 2, 1, 9, 3, 1, 2, 1, 1};
    private static final int STATE_WEIGHT_SUM = java.util.Arrays.stream(STATE_WEIGHT).sum();

    static final String[][] FOREIGN = {
        {"CAN", "TORONTO"}, {"GBR", "LONDON"}, {"DEU", "MUNICH"}, {"ISR", "HAIFA"},
        {"IRQ", "IRBIL"}, {"JPN", "TOKYO"}, {"KOR", "SEOUL"}, {"AFG", "KABUL"}};

    static final String[] STREET = words("MAIN OAK PARK INNOVATION RESEARCH TECHNOLOGY COMMERCE"
            + " INDUSTRIAL CENTRAL LAKE HILL WASHINGTON JEFFERSON MADISON SCIENCE CAMPUS GATEWAY");
    static final String[] STREET_TYPE = words("ST AVE DR BLVD RD WAY PKWY CT LN");

    private Vocabulary() {}

    static String[] words(String text) {
        return text.split(" ");
    }

    static String pick(SplittableRandom rng, String[] list) {
        return list[rng.nextInt(list.length)];
    }

    static int pickStateIndex(SplittableRandom rng) {
        int draw = rng.nextInt(STATE_WEIGHT_SUM);
        for (int i = 0; i < STATE_WEIGHT.length; i++) {
            draw -= STATE_WEIGHT[i];
            if (draw < 0) {
                return i;
            }
        }
        return STATE_WEIGHT.length - 1;
    }

    /** A made-up brand word such as VELTRONIX; {@code absent} selects the disjoint namespace. */
    static String brandWord(SplittableRandom rng, boolean absent) {
        StringBuilder word = new StringBuilder(12);
        int syllables = 1 + rng.nextInt(2);
        for (int s = 0; s < syllables; s++) {
            word.append(pick(rng, ONSET));
            boolean diphthong = absent && s == 0;
            word.append(pick(rng, diphthong ? ABSENT_VOWEL : VOWEL));
            if (rng.nextInt(3) == 0) {
                word.append(pick(rng, CODA));
            }
        }
        // Endings start with a consonant or follow one, so no vowel pair forms at the join.
        String ending = pick(rng, ENDING);
        boolean endsWithVowel = "AEIOUY".indexOf(word.charAt(word.length() - 1)) >= 0;
        if (endsWithVowel && "AEIOUY".indexOf(ending.charAt(0)) >= 0) {
            word.append('R');
        }
        return word.append(ending).toString();
    }
}
