package com.minerdesk.demo;

import java.util.List;

/** The 34 listed miners of the facts sheet, with sample sizes and reference-week moves. */
public final class DemoUniverse {
    private DemoUniverse() {
    }

    public static List<DemoCompany> companies() {
        return List.of(
            c("ABTC", "American Bitcoin Corp.", "Nasdaq", "United States", "https://www.americanbitcoin.com", "none",
                "Bitcoin miner that accumulates its own production; listed in 2025.", 2.40, 5.75, 2.23, 0),
            c("APLD", "Applied Digital Corporation", "Nasdaq", "United States", "https://www.applieddigital.com", "operating",
                "Data-centre developer that moved from hosting miners to leasing AI/HPC capacity at its Polaris Forge campuses.", 7.10, 25.00, null, 15.20),
            c("CORZ", "Core Scientific, Inc.", "Nasdaq", "United States", "https://corescientific.com", "operating",
                "Large self-miner and hoster that converts sites to GPU hosting for CoreWeave.", 5.90, 20.00, null, 1.30),
            c("MARA", "MARA Holdings, Inc.", "Nasdaq", "United States", "https://www.mara.com", "exploring",
                "One of the largest listed self-miners by hash rate.", 4.60, 12.45, null, -6.42),
            c("RIOT", "Riot Platforms, Inc.", "Nasdaq", "United States", "https://www.riotplatforms.com", "exploring",
                "Texas-based miner with large power capacity it is evaluating for AI/HPC use.", 4.90, 13.70, null, -4.86),
            c("CLSK", "CleanSpark, Inc.", "Nasdaq", "United States", "https://www.cleanspark.com", "exploring",
                "Miner operating sites across the US South-East and Wyoming.", 2.95, 11.20, null, -8.73),
            c("IREN", "IREN Limited", "Nasdaq", "Australia", "https://iren.com", "contracted",
                "Miner and AI cloud provider running renewable-powered sites in Texas and Canada.", 11.20, 41.80, null, 7.85),
            c("CIFR", "Cipher Mining Inc.", "Nasdaq", "United States", "https://www.ciphermining.com", "contracted",
                "Texas miner that signed long-term HPC leases for its sites.", 5.70, 14.35, null, 4.62),
            c("WULF", "TeraWulf Inc.", "Nasdaq", "United States", "https://www.terawulf.com", "contracted",
                "Zero-carbon miner converting its Lake Mariner site to HPC hosting.", 5.20, 12.60, null, 3.18),
            c("HUT", "Hut 8 Corp.", "Nasdaq", "United States", "https://hut8.com", "exploring",
                "Energy-infrastructure operator with mining, hosting and AI data-centre projects.", 4.10, 39.20, null, -3.94),
            c("BTDR", "Bitdeer Technologies Group", "Nasdaq", "Singapore", "https://www.bitdeer.com", "exploring",
                "Miner and mining-rig maker with sites in the US, Norway and Bhutan.", 2.60, 12.85, null, -9.35),
            c("BITF", "Bitfarms Ltd.", "Nasdaq", "Canada", "https://www.bitfarms.com", "exploring",
                "Miner with sites in North and South America, refocusing on HPC in the US.", 1.55, 2.62, null, -11.84),
            c("HIVE", "HIVE Digital Technologies Ltd.", "Nasdaq", "Canada", "https://www.hivedigitaltechnologies.com", "operating",
                "Miner that also rents GPU capacity for AI workloads.", 0.62, 2.95, null, -12.37),
            c("BTBT", "Bit Digital, Inc.", "Nasdaq", "United States", "https://bit-digital.com", "operating",
                "Digital-asset and AI-infrastructure company with a GPU cloud business.", 0.88, 2.60, null, -7.71),
            c("CANG", "Cango Inc.", "NYSE", "China", "https://www.cangoonline.com", "none",
                "Former auto-finance firm that turned to Bitcoin mining in 2024–2025.", 0.55, 1.62, null, -5.29),
            c("GREE", "Greenidge Generation Holdings Inc.", "Nasdaq", "United States", "https://greenidge.com", "none",
                "Power-plant owner that mines Bitcoin with its own generation.", 0.025, 1.38, null, -9.80),
            c("ARBK", "Argo Blockchain plc", "Nasdaq", "United Kingdom", "https://www.argoblockchain.com", "none",
                "UK-listed miner with its main site in Texas.", 0.035, 0.52, null, -14.62),
            c("GLXY", "Galaxy Digital Inc.", "Nasdaq", "United States", "https://www.galaxy.com", "contracted",
                "Financial-services firm building the Helios data-centre campus for AI tenants.", 9.60, 27.40, null, 0.74),
            c("FUFU", "BitFuFu Inc.", "Nasdaq", "Singapore", "https://www.bitfufu.com", "none",
                "Cloud-mining and self-mining company.", 0.50, 3.05, null, -3.27),
            c("DGHI", "Digihost Technology Inc.", "Nasdaq", "Canada", "https://digihost.ca", "exploring",
                "Miner with power assets in New York and Alabama.", 0.09, 2.48, null, -10.45),
            c("SLNH", "Soluna Holdings, Inc.", "Nasdaq", "United States", "https://www.solunacomputing.com", "exploring",
                "Developer of green data centres for mining and AI.", 0.07, 1.04, null, -18.30),
            c("MIGI", "Mawson Infrastructure Group Inc.", "Nasdaq", "United States", "https://www.mawsoninc.com", "exploring",
                "Digital-infrastructure firm with mining and hosting sites in Pennsylvania.", 0.025, 1.12, null, -16.07),
            c("LMFA", "LM Funding America, Inc.", "Nasdaq", "United States", null, "none",
                "Specialty-finance company that also mines Bitcoin.", 0.012, 1.05, null, -6.95),
            c("SAI", "SAI.TECH Global Corporation", "Nasdaq", "Singapore", null, "exploring",
                "Clean-tech miner that recycles heat from its machines.", 0.03, 1.21, null, -8.12),
            c("BTOG", "Bit Origin Ltd.", "Nasdaq", "United States", null, "none",
                "Small-cap miner.", 0.006, 0.48, null, -21.40),
            c("ANY", "Sphere 3D Corp.", "Nasdaq", "Canada", null, "none",
                "Former software firm now mining Bitcoin.", 0.012, 0.54, null, -13.50),
            c("NCTY", "The9 Limited", "Nasdaq", "China", null, "none",
                "Former game operator with a mining business.", 0.09, 7.20, null, -4.45),
            c("BTCM", "BIT Mining Limited", "NYSE", "China", null, "none",
                "Miner and mining-pool operator.", 0.035, 2.15, null, -7.38),
            c("CAN", "Canaan Inc.", "Nasdaq", "China", "https://www.canaan.io", "none",
                "Maker of Avalon mining machines that also mines.", 0.38, 0.78, null, -9.91),
            c("SOS", "SOS Limited", "NYSE", "China", null, "none",
                "Commodity-trading and mining company.", 0.025, 2.90, null, -2.15),
            c("DMGI", "DMG Blockchain Solutions Inc.", "TSX Venture", "Canada", null, "exploring",
                "Vertically integrated miner in British Columbia.", 0.06, 0.28, null, -5.36),
            c("CBIT", "Cathedra Bitcoin Inc.", "TSX Venture", "Canada", null, "none",
                "Miner and hosting provider.", 0.055, 0.19, null, -4.10),
            c("SATO", "SATO Technologies Corp.", "TSX Venture", "Canada", null, "exploring",
                "Quebec-based miner exploring HPC hosting.", 0.02, 0.95, null, -1.83),
            c("NB2", "Northern Data AG", "Xetra", "Germany", "https://northerndata.de", "operating",
                "German AI-cloud and data-centre group with a mining past.", 1.35, 21.50, null, -2.76));
    }

    private static DemoCompany c(String ticker, String name, String exchange, String country, String website,
            String status, String profile, double capBillions, double open, Double close, double changePct) {
        return new DemoCompany(ticker, name, exchange, country, website, status, profile, capBillions, open, close,
                changePct);
    }
}
