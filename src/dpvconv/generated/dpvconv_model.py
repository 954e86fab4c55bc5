from __future__ import annotations

import re
import sys
from datetime import (
    date,
    datetime,
    time
)
from decimal import Decimal
from enum import Enum
from typing import (
    Any,
    ClassVar,
    Literal,
    Optional,
    Union
)

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer
)


metamodel_version = "1.12.0"
version = "0.1.0"


class ConfiguredBaseModel(BaseModel):
    model_config = ConfigDict(
        serialize_by_alias = True,
        validate_by_name = True,
        validate_assignment = True,
        validate_default = True,
        extra = "forbid",
        arbitrary_types_allowed = True,
        use_enum_values = True,
        strict = False,
    )





class LinkMLMeta(RootModel):
    root: dict[str, Any] = {}
    model_config = ConfigDict(frozen=True)

    def __getattr__(self, key:str):
        return getattr(self.root, key)

    def __getitem__(self, key:str):
        return self.root[key]

    def __setitem__(self, key:str, value):
        self.root[key] = value

    def __contains__(self, key:str) -> bool:
        return key in self.root


linkml_meta = None

class DpvPurpose(str, Enum):
    """
    Purposes of processing (dpv:Purpose and its narrower concepts).
    """
    Academic_Research = "dpv:AcademicResearch"
    """
    Purposes associated with conducting or assisting with research conducted in an academic context e.g. within universities
    """
    Account_Management = "dpv:AccountManagement"
    """
    Account Management refers to purposes associated with account management, such as to create, provide, maintain, and manage accounts
    """
    Advertising = "dpv:Advertising"
    """
    Purposes associated with conducting advertising i.e. process or artefact used to call attention to a product, service, etc. through announcements, notices, or other forms of communication
    """
    Age_Verification = "dpv:AgeVerification"
    """
    Purposes associated with verifying or authenticating age or age related information as a form of security
    """
    Combat_Climate_Change = "dpv:CombatClimateChange"
    """
    Purposes associated with combating the causes and consequences of climate change, including reducing gas emissions and fighting emergencies such as floods or wildfires
    """
    Commercial_Purpose = "dpv:CommercialPurpose"
    """
    Purposes associated with processing activities performed in a commercial setting or with intention to commercialise
    """
    Commercial_Research = "dpv:CommercialResearch"
    """
    Purposes associated with conducting research in a commercial setting or with intention to commercialise e.g. in a company or sponsored by a company
    """
    Communication_for_Customer_Care = "dpv:CommunicationForCustomerCare"
    """
    Customer Care Communication refers to purposes associated with communicating with customers for assisting them, resolving issues, ensuring satisfaction, etc. in relation to services provided
    """
    Communication_Management = "dpv:CommunicationManagement"
    """
    Communication Management refers to purposes associated with providing or managing communication activities e.g. to send an email for notifying some information
    """
    Counter_Money_Laundering = "dpv:CounterMoneyLaundering"
    """
    Purposes associated with detection, prevention, and mitigation of mitigate money laundering
    """
    Counterterrorism = "dpv:Counterterrorism"
    """
    Purposes associated with activities that detect, prevent, mitigate, or otherwise perform activities to combat or eliminate terrorism (also referred to as anti-terrorism)
    """
    Customer_Care = "dpv:CustomerCare"
    """
    Customer Care refers to purposes associated with purposes for providing assistance, resolving issues, ensuring satisfaction, etc. in relation to services provided
    """
    Customer_Claims_Management = "dpv:CustomerClaimsManagement"
    """
    Customer Claims Management refers to purposes associated with managing claims, including repayment of monies owed
    """
    Customer_Management = "dpv:CustomerManagement"
    """
    Customer Management refers to purposes associated with managing activities related with past, current, and future customers
    """
    Customer_Order_Management = "dpv:CustomerOrderManagement"
    """
    Customer Order Management refers to purposes associated with managing customer orders i.e. processing of an order related to customer's purchase of good or services
    """
    Customer_Relationship_Management = "dpv:CustomerRelationshipManagement"
    """
    Customer Relationship Management refers to purposes associated with managing and analysing interactions with past, current, and potential customers
    """
    Customer_Solvency_Monitoring = "dpv:CustomerSolvencyMonitoring"
    """
    Customer Solvency Monitoring refers to purposes associated with monitor solvency of customers for financial diligence
    """
    Data_Altruism = "dpv:DataAltruism"
    """
    Purposes associated with the voluntary sharing of data for the general interest of the public, such as healthcare or combating climate change
    """
    Data_Availability_Assessment = "dpv:DataAvailabilityAssessment"
    """
    Measures associated with assessment of availability of data for specific task(s)
    """
    Data_Governance = "dpv:DataGovernance"
    """
    Measures associated with topics typically considered to be part of 'Data Governance'
    """
    Data_Interoperability_Assessment = "dpv:DataInteroperabilityAssessment"
    """
    Measures associated with assessment of data interoperability
    """
    Data_Interoperability_Improvement = "dpv:DataInteroperabilityImprovement"
    """
    Measures associated with improvement of data interoperability
    """
    Data_Interoperability_Management = "dpv:DataInteroperabilityManagement"
    """
    Measures associated with management of data interoperability
    """
    Data_Inventory_Management = "dpv:DataInventoryManagement"
    """
    Measures associated with management of data inventory or a data asset list
    """
    Data_Quality_Assessment = "dpv:DataQualityAssessment"
    """
    Measures associated with assessment of data quality
    """
    Data_Quality_Improvement = "dpv:DataQualityImprovement"
    """
    Measures associated with improvement of data quality
    """
    Data_Quality_Management = "dpv:DataQualityManagement"
    """
    Measures associated with management of data quality
    """
    Data_Security_Management = "dpv:DataSecurityManagement"
    """
    Measures associated with management of data security
    """
    Data_Suitability_Assessment = "dpv:DataSuitabilityAssessment"
    """
    Measures associated with assessment of suitability of data for specific task(s)
    """
    Delivery_of_Goods = "dpv:DeliveryOfGoods"
    """
    Purposes associated with delivering goods and services requested or asked by consumer
    """
    Direct_Marketing = "dpv:DirectMarketing"
    """
    Purposes associated with conducting direct marketing i.e. marketing communicated directly to the individual
    """
    Dispute_Management = "dpv:DisputeManagement"
    """
    Purposes associated with activities that manage disputes by natural persons, private bodies, or public authorities relevant to organisation
    """
    Enforce_Access_Control = "dpv:EnforceAccessControl"
    """
    Purposes associated with conducting or enforcing access control as a form of security
    """
    Enforce_Security = "dpv:EnforceSecurity"
    """
    Purposes associated with ensuring and enforcing security for data, personnel, or other related matters
    """
    Establish_Contractual_Agreement = "dpv:EstablishContractualAgreement"
    """
    Purposes associated with carrying out data processing to establish an agreement, such as for entering into a contract
    """
    Fraud_Prevention_and_Detection = "dpv:FraudPreventionAndDetection"
    """
    Purposes associated with fraud detection, prevention, and mitigation
    """
    Fulfilment_of_Contractual_Obligation = "dpv:FulfilmentOfContractualObligation"
    """
    Purposes associated with carrying out data processing to fulfill a contractual obligation
    """
    Fulfilment_of_Obligation = "dpv:FulfilmentOfObligation"
    """
    Purposes associated with carrying out data processing to fulfill an obligation
    """
    Human_Resource_Management = "dpv:HumanResourceManagement"
    """
    Purposes associated with managing humans and 'human resources' within the organisation for effective and efficient operations.
    """
    Identity_Authentication = "dpv:IdentityAuthentication"
    """
    Purposes associated with performing authentication based on identity as a form of security
    """
    Identity_Verification = "dpv:IdentityVerification"
    """
    Purposes associated with verifying or authenticating identity as a form of security
    """
    Improve_Existing_Products_and_Services = "dpv:ImproveExistingProductsAndServices"
    """
    Purposes associated with improving existing products and services
    """
    Improve_Healthcare = "dpv:ImproveHealthcare"
    """
    Purposes associated with improving healthcare systems such as for personalised treatments and curing chronic diseases
    """
    Improve_Internal_CRM_Processes = "dpv:ImproveInternalCRMProcesses"
    """
    Purposes associated with improving customer-relationship management (CRM) processes
    """
    Improve_Public_Services = "dpv:ImprovePublicServices"
    """
    Purposes associated with improving the provision of public services, such as public safety, education or law enforcement
    """
    Improve_Transport_and_Mobility = "dpv:ImproveTransportMobility"
    """
    Purposes associated with improving traffic, public transport systems or costs for drivers
    """
    Increase_Service_Robustness = "dpv:IncreaseServiceRobustness"
    """
    Purposes associated with improving robustness and resilience of services
    """
    Internal_Resource_Optimisation = "dpv:InternalResourceOptimisation"
    """
    Purposes associated with optimisation of internal resource availability and usage for organisation
    """
    Legal_Compliance = "dpv:LegalCompliance"
    """
    Purposes associated with carrying out data processing to fulfill a legal or statutory obligation
    """
    Maintain_Fraud_Database = "dpv:MaintainFraudDatabase"
    """
    Purposes associated with maintaining a database related to identifying and identified fraud risks and fraud incidents
    """
    Marketing = "dpv:Marketing"
    """
    Purposes associated with conducting marketing in relation to organisation or products or services e.g. promoting, selling, and distributing
    """
    Members_and_Partners_Management = "dpv:MemberPartnerManagement"
    """
    Purposes associated with maintaining a registry of shareholders, members, or partners for governance, administration, and management functions
    """
    Metadata_Management = "dpv:MetadataManagement"
    """
    Measures associated with management of metadata
    """
    Misuse_Prevention_and_Detection = "dpv:MisusePreventionAndDetection"
    """
    Prevention and Detection of Misuse or Abuse of services
    """
    Non_commercial_Purpose = "dpv:NonCommercialPurpose"
    """
    Purposes associated with processing activities performed in a non-commercial setting or without intention to commercialise
    """
    Non_Commercial_Research = "dpv:NonCommercialResearch"
    """
    Purposes associated with conducting research in a non-commercial setting e.g. for a non-profit-organisation (NGO)
    """
    Optimisation_for_Consumer = "dpv:OptimisationForConsumer"
    """
    Purposes associated with optimisation of activities and services for consumer or user
    """
    Optimisation_for_Controller = "dpv:OptimisationForController"
    """
    Purposes associated with optimisation of activities and services for provider or controller
    """
    Optimise_User_Interface = "dpv:OptimiseUserInterface"
    """
    Purposes associated with optimisation of interfaces presented to the user
    """
    Organisation_Compliance_Management = "dpv:OrganisationComplianceManagement"
    """
    Purposes associated with managing compliance for organisation in relation to internal policies
    """
    Organisation_Governance = "dpv:OrganisationGovernance"
    """
    Purposes associated with conducting activities and functions for governance of an organisation
    """
    Organisation_Risk_Management = "dpv:OrganisationRiskManagement"
    """
    Purposes associated with managing risk for organisation's activities
    """
    Payment_Management = "dpv:PaymentManagement"
    """
    Purposes associated with processing and managing payment in relation to service, including invoicing and records
    """
    Personalisation = "dpv:Personalisation"
    """
    Purposes associated with creating and providing customisation based on attributes and/or needs of person(s) or context(s).
    """
    Personalised_Advertising = "dpv:PersonalisedAdvertising"
    """
    Purposes associated with creating and providing personalised advertising
    """
    Personalised_Benefits = "dpv:PersonalisedBenefits"
    """
    Purposes associated with creating and providing personalised benefits for a service
    """
    Personnel_Behaviour_Monitoring = "dpv:PersonnelBehaviourMonitoring"
    """
    Purposes associated with monitoring behaviour of personnel
    """
    Personnel_Hiring = "dpv:PersonnelHiring"
    """
    Purposes associated with management and execution of hiring processes of personnel
    """
    Personnel_Management = "dpv:PersonnelManagement"
    """
    Purposes associated with management of personnel associated with the organisation e.g. evaluation and management of employees and intermediaries
    """
    Personnel_Monitoring = "dpv:PersonnelMonitoring"
    """
    Purposes associated with monitoring of personnel
    """
    Personnel_Offboarding = "dpv:PersonnelOffboarding"
    """
    Purposes associated with offboarding of personnel i.e. activities and processes carried out when the person is exiting the company or role
    """
    Personnel_Onboarding = "dpv:PersonnelOnboarding"
    """
    Purposes associated with onboarding and integration of personnel within an organisation
    """
    Personnel_Payment = "dpv:PersonnelPayment"
    """
    Purposes associated with management and execution of payment of personnel
    """
    Personnel_Performance_Evaluation = "dpv:PersonnelPerformanceEvaluation"
    """
    Purposes associated with evaluation or assessment of performance of employees
    """
    Personnel_Performance_Management = "dpv:PersonnelPerformanceManagement"
    """
    Purposes associated with management of performance of personnel
    """
    Personnel_Performance_Monitoring = "dpv:PersonnelPerformanceMonitoring"
    """
    Purposes associated with monitoring of performance of personnel
    """
    Personnel_Performance_Prediction = "dpv:PersonnelPerformancePrediction"
    """
    Purposes associated with prediction of performance of personnel
    """
    Personnel_Promotion_Management = "dpv:PersonnelPromotionManagement"
    """
    Purposes associated with determination and management of promotion of personnel
    """
    Personnel_Termination_Management = "dpv:PersonnelTerminationManagement"
    """
    Purposes associated with determination and management of termination of personnel
    """
    Personnel_Workload_Management = "dpv:PersonnelWorkloadManagement"
    """
    Purposes assocaited with determination, scheduling, planning, and carrying out workload management of personnel
    """
    Political_Campaign = "dpv:PoliticalCampaign"
    """
    Purposes associated with political campaign activities related to promotion and advertisement of positions and candidates in elections at local, state or regional, or national and international levels
    """
    Protection_of_Intellectual_Property_Rights = "dpv:ProtectionOfIPR"
    """
    Purposes associated with the protection of intellectual property rights
    """
    Protection_of_National_Security = "dpv:ProtectionOfNationalSecurity"
    """
    Purposes associated with the protection of national security
    """
    Protection_of_Public_Security = "dpv:ProtectionOfPublicSecurity"
    """
    Purposes associated with the protection of public security
    """
    Provide_Event_Recommendations = "dpv:ProvideEventRecommendations"
    """
    Purposes associated with creating and providing personalised recommendations for events
    """
    Provide_Official_Statistics = "dpv:ProvideOfficialStatistics"
    """
    Purposes associated with facilitating the development, production and dissemination of reliable official statistics
    """
    Provide_Personalised_Recommendations = "dpv:ProvidePersonalisedRecommendations"
    """
    Purposes associated with creating and providing personalised recommendations
    """
    Provide_Product_Recommendations = "dpv:ProvideProductRecommendations"
    """
    Purposes associated with creating and providing product recommendations e.g. suggest similar products
    """
    Public_Benefit = "dpv:PublicBenefit"
    """
    Purposes undertaken and intended to provide benefit to public or society
    """
    Public_Policy_Making = "dpv:PublicPolicyMaking"
    """
    Purposes associated with public policy making, such as the development of new laws
    """
    Public_Relations = "dpv:PublicRelations"
    """
    Purposes associated with managing and conducting public relations processes, including creating goodwill for the organisation
    """
    Purpose = "dpv:Purpose"
    """
    Purpose or (broader) Goal associated with data or technology
    """
    Record_Management = "dpv:RecordManagement"
    """
    Purposes associated with manage creation, storage, and use of records relevant to operations, events, and processes e.g. to store logs or access requests
    """
    Recruitment_Advertising = "dpv:RecruitmentAdvertising"
    """
    Purposes associated with advertisement for Recruitments and personnel hiring
    """
    Recruitment_Applicant_Background_Check = "dpv:RecruitmentApplicantBackgroundCheck"
    """
    Purposes assocaited with conducting background checks for prospective and current job applicants for recruitment
    """
    Recruitment_Applicant_Criminal_Background_Check = "dpv:RecruitmentApplicantCriminalBackgroundCheck"
    """
    Purposes associated with conducting criminal background assessment for prospective and current job applicants for recruitment
    """
    Recruitment_Applicant_Information_Authentication = "dpv:RecruitmentApplicantInformationAuthentication"
    """
    Purposes associated with authentication and verification of information as part of recruitment
    """
    Recruitment_Applicant_Selection = "dpv:RecruitmentApplicantSelection"
    """
    Purposes associated with determination or selection of candidates, whether for a specific job or job pool, or for a specific stage as part of recruitment
    """
    Recruitment_Application_Analysis = "dpv:RecruitmentApplicationAnalysis"
    """
    Purposes assocaited with analysis of job applications or job candidates for recruitment
    """
    Recruitment_Application_Management = "dpv:RecruitmentApplicationManagement"
    """
    Purposes associated with managing job applications for recruitment
    """
    Recruitment_Application_Screening = "dpv:RecruitmentApplicationScreening"
    """
    Purposes associated with screening and filtering of job applications or job candidates for recruitment
    """
    Recruitment_Interview_Analysis = "dpv:RecruitmentInterviewAnalysis"
    """
    Purposes associated with analysis of interviews, including the people and involved, for recruitment
    """
    Recruitment_Interview_Assessment = "dpv:RecruitmentInterviewAssessment"
    """
    Purposes associated with assessment of interviews, including assessment of people and information, for recruitment
    """
    Recruitment_Interview_Management = "dpv:RecruitmentInterviewManagement"
    """
    Purposes associated conducting and managing interviews for recruitment
    """
    Recruitment_Interview_Scheduling = "dpv:RecruitmentInterviewScheduling"
    """
    Purposes associated with scheduling interviews for recruitment
    """
    Recruitment_Management = "dpv:RecruitmentManagement"
    """
    Purposes assocaited with recruitment of personnel, which includes identifying, sourcing, screening, filtering, shortlisting, and interviewing candidates
    """
    Targeted_Recruitment_Advertising = "dpv:RecruitmentTargetedAdvertising"
    """
    Purposes associated with targeted advertisement for Recruitments and personnel hiring
    """
    Repair_Impairments = "dpv:RepairImpairments"
    """
    Purposes associated with identifying, rectifying, or otherwise undertaking activities intended to fix or repair impairments to existing functionalities
    """
    Requested_Service_Provision = "dpv:RequestedServiceProvision"
    """
    Purposes associated with delivering services as requested by user or consumer
    """
    Research_and_Development = "dpv:ResearchAndDevelopment"
    """
    Purposes associated with conducting research and development for new methods, products, or services
    """
    Rights_Fulfilment = "dpv:RightsFulfilment"
    """
    Purposes associated with the fulfillment of rights specified in law
    """
    Scientific_Research = "dpv:ScientificResearch"
    """
    Purposes associated with scientific research
    """
    Search_Functionalities = "dpv:SearchFunctionalities"
    """
    Purposes associated with providing searching, querying, or other forms of information retrieval related functionalities
    """
    Sell_Data_to_Third_Parties = "dpv:SellDataToThirdParties"
    """
    Purposes associated with selling or sharing data or information to third parties
    """
    Sell_Insights_from_Data = "dpv:SellInsightsFromData"
    """
    Purposes associated with selling or sharing insights obtained from analysis of data
    """
    Sell_Products = "dpv:SellProducts"
    """
    Purposes associated with selling products or services
    """
    Sell_Products_to_Data_Subject = "dpv:SellProductsToDataSubject"
    """
    Purposes associated with selling products or services to the user, consumer, or data subjects
    """
    Service_Access_Determination = "dpv:ServiceAccessDetermination"
    """
    Purposes associated with the determination of whether specific conditions or criteria are met for accessing, using, or gaining access to a service
    """
    Service_Management = "dpv:ServiceManagement"
    """
    Purposes associated with the management of services or products
    """
    Service_Monitoring = "dpv:ServiceMonitoring"
    """
    Purposes associated with the monitoring of services or products to understand their performance and utilisation with a view to inform their management
    """
    Service_Optimisation = "dpv:ServiceOptimisation"
    """
    Purposes associated with optimisation of services or activities
    """
    Service_Personalisation = "dpv:ServicePersonalisation"
    """
    Purposes associated with providing personalisation within services or product or activities
    """
    Service_Provision = "dpv:ServiceProvision"
    """
    Purposes associated with providing service or product or activities
    """
    Service_Registration = "dpv:ServiceRegistration"
    """
    Purposes associated with registering users and collecting information required for providing a service
    """
    Service_Usage_Analytics = "dpv:ServiceUsageAnalytics"
    """
    Purposes associated with conducting analysis and reporting related to usage of services or products
    """
    Social_Media_Marketing = "dpv:SocialMediaMarketing"
    """
    Purposes associated with conducting marketing through social media
    """
    Targeted_Advertising = "dpv:TargetedAdvertising"
    """
    Purposes associated with creating and providing personalised advertisement where the personalisation is targeted to a specific individual or group of individuals
    """
    Technical_Service_Provision = "dpv:TechnicalServiceProvision"
    """
    Purposes associated with managing and providing technical processes and functions necessary for delivering services
    """
    User_Interface_Personalisation = "dpv:UserInterfacePersonalisation"
    """
    Purposes associated with personalisation of interfaces presented to the user
    """
    Vendor_Management = "dpv:VendorManagement"
    """
    Purposes associated with manage orders, payment, evaluation, and prospecting related to vendors
    """
    Vendor_Payment = "dpv:VendorPayment"
    """
    Purposes associated with managing payment of vendors
    """
    Vendor_Records_Management = "dpv:VendorRecordsManagement"
    """
    Purposes associated with managing records and orders related to vendors
    """
    Vendor_Selection_Assessment = "dpv:VendorSelectionAssessment"
    """
    Purposes associated with managing selection, assessment, and evaluation related to vendors
    """
    Verification = "dpv:Verification"
    """
    Purposes association with verification e.g. information, identity, integrity
    """


class DpvPersonalData(str, Enum):
    """
    Categories of personal data (dpv:PersonalData and the pd: extension).
    """
    Collected_Personal_Data = "dpv:CollectedPersonalData"
    """
    Personal Data that has been collected from another source such as the Data Subject
    """
    Contextually_Anonymised_Data = "dpv:ContextuallyAnonymisedData"
    """
    Data that can be considered as being fully anonymised within the context but in actuality is not fully anonymised and is still personal data as it can be de-anonymised outside that context
    """
    Derived_Personal_Data = "dpv:DerivedPersonalData"
    """
    Personal Data that is obtained or derived from other data
    """
    Generated_Personal_Data = "dpv:GeneratedPersonalData"
    """
    Personal Data that is generated or brought into existence without relation to existing data i.e. it is not derived or inferred from other data
    """
    Identifying_Personal_Data = "dpv:IdentifyingPersonalData"
    """
    Personal Data that explicitly and by itself is sufficient to identify a person
    """
    Inferred_Personal_Data = "dpv:InferredPersonalData"
    """
    Personal Data that is obtained through inference from other data
    """
    Observed_Personal_Data = "dpv:ObservedPersonalData"
    """
    Personal Data that has been collected through observation of the Data Subject(s)
    """
    Personal_Data = "eu-gdpr:PersonalData"
    """
    Personal Data' means any information relating to an identified or identifiable natural person (‘Data Subject’)
    """
    Provided_Personal_Data = "dpv:ProvidedPersonalData"
    """
    Personal Data that has been provided by an entity such as the Data Subject
    """
    Pseudonymised_Data = "dpv:PseudonymisedData"
    """
    Pseudonymised Data is data that has gone a partial or incomplete anonymisation process by replacing the identifiable information with artificial identifiers or 'pseudonyms', and is still considered as personal data
    """
    Sensitive_Personal_Data = "dpv:SensitivePersonalData"
    """
    Personal data that is considered 'sensitive' in terms of privacy and/or impact, and therefore requires additional considerations and/or protection
    """
    Special_Category_Personal_Data = "dpv:SpecialCategoryPersonalData"
    """
    Sensitive Personal Data whose use requires specific additional legal permission or justification
    """
    Biometric_Data = "eu-gdpr:BiometricData"
    """
    ‘Biometric Data’ means personal data resulting from specific technical processing relating to the physical, physiological or behavioural characteristics of a natural person, which allow or confirm the unique identification of that natural person, such as facial images or dactyloscopic data
    """
    Genetic_Data = "eu-gdpr:GeneticData"
    """
    ‘Genetic Data’ means personal data relating to the inherited or acquired genetic characteristics of a natural person which give unique information about the physiology or the health of that natural person and which result, in particular, from an analysis of a biological sample from the natural person in question
    """
    Health_Data = "eu-gdpr:HealthData"
    """
    Health Data' or 'data concerning health’ means personal data related to the physical or mental health of a natural person, including the provision of health care services, which reveal information about his or her health status
    """
    Accent = "pd:Accent"
    """
    Information about linguistic and speech accents
    """
    Account_Identifier = "pd:AccountIdentifier"
    """
    Information about financial account identifier
    """
    Acquaintance = "pd:Acquaintance"
    """
    Information about acquaintances in a social network
    """
    Age = "pd:Age"
    """
    Information about age
    """
    Age_Exact = "pd:AgeExact"
    """
    Information about the exact age (i.e. to some degree within a year, month, or day)
    """
    Age_Range = "pd:AgeRange"
    """
    Information about age range i.e. inexact age to some degree (i.e. some years)
    """
    Apartment_Owned = "pd:ApartmentOwned"
    """
    Information about apartment(s) owned and its history
    """
    Association = "pd:Association"
    """
    Information about associations in a social network with other individuals, groups, or entities e.g. friend of a friend
    """
    Attitude = "pd:Attitude"
    """
    Information about attitude
    """
    Authenticating = "pd:Authenticating"
    """
    Information about authentication and information used for authenticating
    """
    Authentication_History = "pd:AuthenticationHistory"
    """
    Information about prior authentication and its outcomes such as login attempts or location
    """
    Bank_Account = "pd:BankAccount"
    """
    Information about bank accounts
    """
    Behavioural = "pd:Behavioural"
    """
    Information about behaviour or activity
    """
    Biometric = "pd:Biometric"
    """
    Information about biometrics and biometric characteristics.
    """
    Birth_Country = "pd:BirthCountry"
    """
    Information about country of birth
    """
    Birth_Date = "pd:BirthDate"
    """
    Information about birth date
    """
    Birth_Place = "pd:BirthPlace"
    """
    Information about birth place
    """
    Blood_Type = "pd:BloodType"
    """
    Information about blood type
    """
    Browser_Fingerprint = "pd:BrowserFingerprint"
    """
    Information about the web browser which is used as a 'fingerprint'
    """
    Browser_History = "pd:BrowserHistory"
    """
    Information about and including web browsing history
    """
    Browsing_Behaviour = "pd:BrowsingBehaviour"
    """
    Information about browsing behaviour
    """
    Browsing_Referral = "pd:BrowsingReferral"
    """
    Information about web browsing referrer or referral, which can be based on location, targeted referrals, direct, organic search, social media or actions, campaigns.
    """
    Call_Log = "pd:CallLog"
    """
    Information about the calls that an individual has made
    """
    Car_Owned = "pd:CarOwned"
    """
    Information about cars ownership and ownership history
    """
    Character = "pd:Character"
    """
    Information about character in the public sphere
    """
    Citizenship = "pd:Citizenship"
    """
    Information about citizenship
    """
    City = "pd:City"
    """
    Information about city as a location
    """
    Communication = "pd:Communication"
    """
    Information communicated from or to an individual
    """
    Communications_Metadata = "pd:CommunicationsMetadata"
    """
    Information about communication metadata in the public sphere
    """
    Connection = "pd:Connection"
    """
    Information about and including connections in a social network
    """
    Contact = "pd:Contact"
    """
    Information about contacts or used for contacting e.g. email address or phone number
    """
    Country = "pd:Country"
    """
    Information about country e.g. residence, travel
    """
    Credit = "pd:Credit"
    """
    Information about reputation with regards to money
    """
    Credit_Capacity = "pd:CreditCapacity"
    """
    Information about credit capacity
    """
    Credit_Card_Number = "pd:CreditCardNumber"
    """
    Information about credit card number
    """
    Credit_Record = "pd:CreditRecord"
    """
    Information about credit record
    """
    Credit_Score = "pd:CreditScore"
    """
    Information about credit score
    """
    Credit_Standing = "pd:CreditStanding"
    """
    Information about credit standing
    """
    Credit_Worthiness = "pd:CreditWorthiness"
    """
    Information about credit worthiness
    """
    Criminal = "pd:Criminal"
    """
    Information about criminal activity e.g. criminal convictions or jail time
    """
    Criminal_Charge = "pd:CriminalCharge"
    """
    Information about criminal charges
    """
    Criminal_Conviction = "pd:CriminalConviction"
    """
    Information about criminal convictions
    """
    Criminal_Offence = "pd:CriminalOffence"
    """
    Information about criminal offences
    """
    Criminal_Pardon = "pd:CriminalPardon"
    """
    Information about criminal pardons
    """
    Current_Employment = "pd:CurrentEmployment"
    """
    Information about current employment
    """
    Current_Location = "pd:CurrentLocation"
    """
    Information about a person's current location (e.g. by asking the address, using GPS)
    """
    DNA_Code = "pd:DNACode"
    """
    Information about DNA
    """
    Demeanour = "pd:Demeanour"
    """
    Information about demeanour
    """
    Demographic = "pd:Demographic"
    """
    Information about demography and demographic characteristics
    """
    Device_Applications = "pd:DeviceApplications"
    """
    Information about applications or application-like software on a device
    """
    Device_Based = "pd:DeviceBased"
    """
    Information about devices
    """
    Device_Operating_System = "pd:DeviceOperatingSystem"
    """
    Information about the operating system (OS) or system software that manages hardware or software resources.
    """
    Device_Software = "pd:DeviceSoftware"
    """
    Information about software on or related to a device
    """
    Dialect = "pd:Dialect"
    """
    Information about linguistic dialects
    """
    Digital_Fingerprint = "pd:DigitalFingerprint"
    """
    Information about a 'digital fingerprint' created for identification
    """
    Disability = "pd:Disability"
    """
    Information about disabilities
    """
    Disciplinary_Action = "pd:DisciplinaryAction"
    """
    Information about disciplinary actions and its history
    """
    Dislike = "pd:Dislike"
    """
    Information about dislikes or preferences regarding repulsions
    """
    Divorce = "pd:Divorce"
    """
    Information about divorce(s)
    """
    Domicile = "pd:Domicile"
    """
    Information about domicile status e.g. which region or country a person is domiciled in
    """
    Drug_Test_Result = "pd:DrugTestResult"
    """
    Information about drug test results
    """
    Education = "pd:Education"
    """
    Information about education
    """
    Education_Experience = "pd:EducationExperience"
    """
    Information about education experience e.g. attending a university
    """
    Education_Qualification = "pd:EducationQualification"
    """
    Information about educational qualifications
    """
    Education_Training = "pd:EducationTraining"
    """
    Information about training as education
    """
    Email_Address = "pd:EmailAddress"
    """
    Information about email address
    """
    Email_Address_Personal = "pd:EmailAddressPersonal"
    """
    Information about email address used in personal capacity
    """
    Email_Address_Work = "pd:EmailAddressWork"
    """
    Information about email address used for work or in professional capacity
    """
    Email_Content = "pd:EmailContent"
    """
    Information about the contents of emails sent or received
    """
    Emotion = "pd:Emotion"
    """
    Information about emotion
    """
    Employment_History = "pd:EmploymentHistory"
    """
    Information about employment history
    """
    Ethnic_Origin = "pd:EthnicOrigin"
    """
    Information about ethnic origin
    """
    Ethnicity = "pd:Ethnicity"
    """
    Information about ethnic origins and lineage
    """
    External = "pd:External"
    """
    Information about external characteristics that can be observed
    """
    Facial_Expression = "pd:FacialExpression"
    """
    Information about facial expression
    """
    Facial_Print = "pd:FacialPrint"
    """
    Information about facial print or pattern
    """
    Family = "pd:Family"
    """
    Information about family and relationships
    """
    Family_Health_History = "pd:FamilyHealthHistory"
    """
    Information about family health history
    """
    Family_Structure = "pd:FamilyStructure"
    """
    Information about family and familial structure
    """
    Favourite = "pd:Favourite"
    """
    Information about favourites
    """
    Favourite_Colour = "pd:FavouriteColour"
    """
    Information about favourite colour
    """
    Favourite_Food = "pd:FavouriteFood"
    """
    Information about favourite food
    """
    Favourite_Music = "pd:FavouriteMusic"
    """
    Information about favourite music
    """
    Fetish = "pd:Fetish"
    """
    Information about an individual's sexual fetishes
    """
    Financial = "pd:Financial"
    """
    Information about finance including monetary characteristics and transactions
    """
    Financial_Account = "pd:FinancialAccount"
    """
    Information about financial accounts
    """
    Financial_Account_Number = "pd:FinancialAccountNumber"
    """
    Information about financial account number
    """
    Financial_Status = "pd:FinancialStatus"
    """
    Information about financial status or standing
    """
    Fingerprint = "pd:Fingerprint"
    """
    Information about fingerprint used for biometric purposes
    """
    Friend = "pd:Friend"
    """
    Information about friends in a social network, including aspects of friendships such as years together or nature of friendship
    """
    GPS_Coordinate = "pd:GPSCoordinate"
    """
    Information about location expressed using Global Position System coordinates (GPS)
    """
    Gender = "pd:Gender"
    """
    Information about gender
    """
    General_Reputation = "pd:GeneralReputation"
    """
    Information about reputation in the public sphere
    """
    Genetic = "pd:Genetic"
    """
    Information about inherited or acquired genetic characteristics
    """
    Geographic = "pd:Geographic"
    """
    Information about location or based on geography (e.g. home address)
    """
    Group_Membership = "pd:GroupMembership"
    """
    Information about groups and memberships included or associated with a social network
    """
    Group_Profile = "pd:GroupProfile"
    """
    Group profile or category profile is information and representation of characteristics associated with a group or category of individuals
    """
    Hair_Colour = "pd:HairColour"
    """
    Information about hair colour
    """
    Health = "pd:Health"
    """
    Information about health
    """
    Health_History = "pd:HealthHistory"
    """
    Information about health history
    """
    Health_Record = "pd:HealthRecord"
    """
    Information about health record
    """
    Height = "pd:Height"
    """
    Information about physical height
    """
    Historical = "pd:Historical"
    """
    Information about historical data related to or relevant regarding history or past events
    """
    Home_Place = "pd:HomeLocation"
    """
    Information about a person's home place, including their location, address, and locality
    """
    House_Number = "pd:HouseNumber"
    """
    Information about house or apartment number as a location
    """
    House_Owned = "pd:HouseOwned"
    """
    Information about house(s) owned and ownership history
    """
    Household = "pd:Household"
    """
    Information about personal or household activities
    """
    IP_Address = "pd:IPAddress"
    """
    Information about the Internet Protocol (IP) address of a device
    """
    Identifier = "pd:Identifier"
    """
    Information about an identifier or name used for identification
    """
    Identifying = "pd:Identifying"
    """
    Information that uniquely or semi-uniquely identifies an individual or a group
    """
    Income = "pd:Income"
    """
    Information about financial income e.g. for individual or household or family
    """
    Income_Bracket = "pd:IncomeBracket"
    """
    Information about income bracket
    """
    Individual_Health_History = "pd:IndividualHealthHistory"
    """
    Information about information health history
    """
    Individual_Profile = "pd:IndividualProfile"
    """
    Individual profile or user profile is information and representation of characteristics associated with a specific individual
    """
    Insurance = "pd:Insurance"
    """
    Information about Insurance
    """
    Intention = "pd:Intention"
    """
    Information about intentions
    """
    Interaction = "pd:Interaction"
    """
    Information about interactions in the public sphere
    """
    Interest = "pd:Interest"
    """
    Information about interests
    """
    Internal = "pd:Internal"
    """
    Information about internal characteristics that cannot be seen or observed
    """
    Job = "pd:Job"
    """
    Information about professional jobs
    """
    Knowledge_and_Beliefs = "pd:KnowledgeBelief"
    """
    Information about knowledge and beliefs
    """
    Language = "pd:Language"
    """
    Information about language and lingual history
    """
    Life_History = "pd:LifeHistory"
    """
    Information about personal history regarding events or activities - including their occurrences that might be directly related or have had an influence (e.g. World War, 9/11)
    """
    Like = "pd:Like"
    """
    Information about likes or preferences regarding attractions
    """
    Link_Clicked = "pd:LinkClicked"
    """
    Information about the links that an individual has clicked
    """
    Loan_Record = "pd:LoanRecord"
    """
    Information about loans, whether applied, provided or rejected, and its history
    """
    Locality = "pd:Locality"
    """
    Information about locality e.g. city, village, town, portion of a city as a location
    """
    Location = "pd:Location"
    """
    Information about location
    """
    MAC_Address = "pd:MACAddress"
    """
    Information about the Media Access Control (MAC) address of a device
    """
    Marital_Status = "pd:MaritalStatus"
    """
    Information about marital status and history
    """
    Marriage = "pd:Marriage"
    """
    Information about marriage(s)
    """
    Medical_Health = "pd:MedicalHealth"
    """
    Information about health, medical conditions or health care
    """
    Mental_Health = "pd:MentalHealth"
    """
    Information about mental health
    """
    Mood = "pd:Mood"
    """
    Information about mood
    """
    Name = "pd:Name"
    """
    Information about names associated or used as given name or nickname
    """
    Nationality = "pd:Nationality"
    """
    Information about nationality
    """
    Official_ID = "pd:OfficialID"
    """
    Information about an official identifier or identification document
    """
    Offspring = "pd:Offspring"
    """
    Information about offspring(s)
    """
    Opinion = "pd:Opinion"
    """
    Information about opinions
    """
    Ownership = "pd:Ownership"
    """
    Information about ownership and history, including renting, borrowing, possessions
    """
    PIN_Code = "pd:PINCode"
    """
    Information about personal identification number (PIN), which is usually used in the process of authenticating the individual as an user accessing a system
    """
    Parent = "pd:Parent"
    """
    Information about parent(s)
    """
    Passport = "pd:Passport"
    """
    Information about passport
    """
    Password = "pd:Password"
    """
    Information about password used in the process of authenticating the individual as an user accessing a system.
    """
    Past_Employment = "pd:PastEmployment"
    """
    Information about past employment
    """
    Payment_Card = "pd:PaymentCard"
    """
    Information about payment card such as credit and debit cards
    """
    Payment_Card_Expiry = "pd:PaymentCardExpiry"
    """
    Information about payment card expiry such as a date
    """
    Payment_Card_Number = "pd:PaymentCardNumber"
    """
    Information about payment card number
    """
    Performance_at_Work = "pd:PerformanceAtWork"
    """
    Information about performance at work or within work environments
    """
    Personal_Documents = "pd:PersonalDocuments"
    """
    Information about and including personal documents e.g. diaries or journals
    """
    Personal_Possession = "pd:PersonalPossession"
    """
    Information about personal possessions
    """
    Personality = "pd:Personality"
    """
    Information about personality (e.g., categorization in terms of the Big Five personality traits)
    """
    Philosophical_Belief = "pd:PhilosophicalBelief"
    """
    Information about philosophical beliefs
    """
    Physical_Address = "pd:PhysicalAddress"
    """
    Information about physical address
    """
    Physical_Characteristic = "pd:PhysicalCharacteristic"
    """
    Information about physical characteristics
    """
    Physical_Health = "pd:PhysicalHealth"
    """
    Information about physical health
    """
    Physical_Trait = "pd:PhysicalTrait"
    """
    Information about defining traits or features regarding the body
    """
    Picture = "pd:Picture"
    """
    Information about visual representation or image e.g. profile photo
    """
    Piercing = "pd:Piercing"
    """
    Information about piercings
    """
    Political_Affiliation = "pd:PoliticalAffiliation"
    """
    Information about political affiliation and history
    """
    Political_Opinion = "pd:PoliticalOpinion"
    """
    Information about opinions regarding politics and political topics
    """
    Postal_Code = "pd:PostalCode"
    """
    Information about postal code as a location
    """
    Preference = "pd:Preference"
    """
    Information about preferences or interests
    """
    Prescription = "pd:Prescription"
    """
    Information about medical and pharmaceutical prescriptions
    """
    Privacy_Preference = "pd:PrivacyPreference"
    """
    Information about privacy preferences
    """
    Proclivity = "pd:Proclivity"
    """
    Information about proclivities in a sexual context
    """
    Professional = "pd:Professional"
    """
    Information about educational or professional career
    """
    Professional_Certification = "pd:ProfessionalCertification"
    """
    Information about professional certifications
    """
    Professional_Evaluation = "pd:ProfessionalEvaluation"
    """
    Information about professional evaluations
    """
    Professional_Experience = "pd:ProfessionalExperience"
    """
    Information about professional experiences
    """
    Professional_Interview = "pd:ProfessionalInterview"
    """
    Information about professional interviews
    """
    Professional_Training = "pd:ProfessionalTraining"
    """
    Information about professional training
    """
    Profile = "pd:Profile"
    """
    Profile or user profile is information and representation of characteristics associated with person(s) or group(s)
    """
    Public_Life = "pd:PublicLife"
    """
    Information about public life
    """
    Publicly_Available_Social_Media = "pd:PubliclyAvailableSocialMedia"
    """
    Information about social media that is publicly available
    """
    Purchase = "pd:Purchase"
    """
    Information about purchases such as items bought e.g. grocery or clothing
    """
    Purchases_and_Spending_Habit = "pd:PurchasesAndSpendingHabit"
    """
    Information about analysis of purchases made and money spent expressed as a habit e.g. monthly shopping trends
    """
    Race = "pd:Race"
    """
    Information about race or racial history
    """
    Reference = "pd:Reference"
    """
    Information about references in the professional context
    """
    Region = "pd:Region"
    """
    Information about region as a location
    """
    Relationship = "pd:Relationship"
    """
    Information about relationships and relationship history
    """
    Reliability = "pd:Reliability"
    """
    Information about reliability (e.g. of a person)
    """
    Religion = "pd:Religion"
    """
    Information about religion, religious inclinations, and religious history.
    """
    Religious_Belief = "pd:ReligiousBelief"
    """
    Information about religion and religious beliefs
    """
    Residency = "pd:Residency"
    """
    Information about residency e.g. which region or country a person is resident in
    """
    Retina = "pd:Retina"
    """
    Information about retina and the retinal patterns
    """
    Room_Number = "pd:RoomNumber"
    """
    Information about location expressed as room number or similar numbering systems
    """
    Salary = "pd:Salary"
    """
    Information about salary
    """
    Sale = "pd:Sale"
    """
    Information about sales e.g. selling of goods or services
    """
    School = "pd:School"
    """
    Information about school such as name of school, conduct, or grades obtained
    """
    Secret_Text = "pd:SecretText"
    """
    Information about secret text used in the process of authenticating the individual as an user accessing a system, e.g., when recovering a lost password
    """
    Service_Consumption_Behaviour = "pd:ServiceConsumptionBehaviour"
    """
    Information about the consumption of a service, e.g. time and duration of consumption
    """
    Sexual = "pd:Sexual"
    """
    Information about sexuality and sexual history
    """
    Sexual_History = "pd:SexualHistory"
    """
    Information about sexual history
    """
    Sexual_Preference = "pd:SexualPreference"
    """
    Information about sexual preferences
    """
    Sibling = "pd:Sibling"
    """
    Information about sibling(s)
    """
    Skin_Tone = "pd:SkinTone"
    """
    Information about skin tone
    """
    Social = "pd:Social"
    """
    Information about social aspects such as family, public life, or professional networks
    """
    Social_Behaviour = "pd:SocialBehaviour"
    """
    Information about social behaviour(s)
    """
    Social_Media = "pd:SocialMedia"
    """
    Information about social media
    """
    Social_Media_Communication = "pd:SocialMediaCommunication"
    """
    Information about social media communication, including the communication itself and metadata
    """
    Social_Network = "pd:SocialNetwork"
    """
    Information about friends or connections expressed as a social network
    """
    Social_Status = "pd:SocialStatus"
    """
    Information about social status
    """
    Street = "pd:Street"
    """
    Information about street as a location
    """
    TV_Viewing_Behaviour = "pd:TVViewingBehaviour"
    """
    Information about TV viewing behaviour, such as timestamps of channel change, duration of viewership, content consumed
    """
    Tattoo = "pd:Tattoo"
    """
    Information about tattoos
    """
    Tax = "pd:Tax"
    """
    Information about financial tax e.g. tax records or tax due
    """
    Technical_Knowledge = "pd:TechnicalKnowledge"
    """
    Information about the technical knowledge
    """
    Telephone_Number = "pd:TelephoneNumber"
    """
    Information about telephone number
    """
    Thought = "pd:Thought"
    """
    Information about thoughts
    """
    Tracking = "pd:Tracking"
    """
    Information used to track an individual or group e.g. location or email
    """
    Trade_Union_Membership = "pd:TradeUnionMembership"
    """
    Information about trade union memberships and related topics
    """
    Transaction = "pd:Transaction"
    """
    Information about financial transactions e.g. bank transfers
    """
    Transactional = "pd:Transactional"
    """
    Information about a purchasing, spending or income
    """
    Travel_History = "pd:TravelHistory"
    """
    Information about travel history
    """
    UID = "pd:UID"
    """
    Information about unique identifiers
    """
    User_agent = "pd:UserAgent"
    """
    Information about software acting on behalf of users e.g. web browser
    """
    Username = "pd:Username"
    """
    Information about usernames
    """
    Vehicle_License_Number = "pd:VehicalLicenseNumber"
    """
    Information about vehicle license number
    """
    Vehicle_License_Registration = "pd:VehicalLicenseRegistration"
    """
    Information about vehicle license registration
    """
    Vehicle = "pd:Vehicle"
    """
    Information about vehicles
    """
    Vehicle_License = "pd:VehicleLicense"
    """
    Information about vehicle license
    """
    Vehicle_Usage = "pd:VehicleUsage"
    """
    Information about usage of vehicles, e.g. driving statistics
    """
    Voice_Communication_Recording = "pd:VoiceCommunicationRecording"
    """
    Information about vocal recorded communication (e.g. telephony, VoIP)
    """
    Voice_Mail = "pd:VoiceMail"
    """
    Information about voice mail messages
    """
    Vulnerability = "pd:Vulnerability"
    """
    Information about vulnerability of a person or group
    """
    Weight = "pd:Weight"
    """
    Information about physical weight
    """
    Work_Environment = "pd:WorkEnvironment"
    """
    Information about work environments
    """
    Work_Experience = "pd:WorkExperience"
    """
    Information about work experiences
    """
    Work_History = "pd:WorkHistory"
    """
    Information about work history in a professional context
    """
    Work_Place = "pd:WorkLocation"
    """
    Information about a person's work place, including their location, address, and locality
    """


class DpvProcessing(str, Enum):
    """
    Processing operations (dpv:Processing).
    """
    Access = "dpv:Access"
    """
    to access data
    """
    Acquire = "dpv:Acquire"
    """
    to come into possession or control of the data
    """
    Adapt = "dpv:Adapt"
    """
    to modify the data, often rewritten into a new form for a new use
    """
    Aggregate = "dpv:Aggregate"
    """
    to aggregate data
    """
    Align = "dpv:Align"
    """
    to adjust the data to be in relation to another data
    """
    Alter = "dpv:Alter"
    """
    to change the data without changing it into something else
    """
    Analyse = "dpv:Analyse"
    """
    to study or examine the data in detail
    """
    Anonymise = "dpv:Anonymise"
    """
    to irreversibly alter personal data in such a way that an unique data subject can no longer be identified directly or indirectly or in combination with other data
    """
    Assess = "dpv:Assess"
    """
    to assess data for some criteria
    """
    Collect = "dpv:Collect"
    """
    to gather data from someone
    """
    Combine = "dpv:Combine"
    """
    to join or merge data
    """
    Consult = "dpv:Consult"
    """
    to consult or query data
    """
    Copy = "dpv:Copy"
    """
    to produce an exact reproduction of the data
    """
    Cross_Border_Transfer = "dpv:CrossBorderTransfer"
    """
    to move data from one jurisdiction (border) to another
    """
    Delete = "dpv:Delete"
    """
    to remove data in a logical fashion i.e. with the possibility of retrieval
    """
    Derive = "dpv:Derive"
    """
    to create new derivative data from the original data
    """
    Destruct = "dpv:Destruct"
    """
    to process data in a way it no longer exists or cannot be repaired
    """
    Disclose = "dpv:Disclose"
    """
    to make data known
    """
    Disclose_by_Transmission = "dpv:DiscloseByTransmission"
    """
    to disclose data by means of transmission
    """
    Display = "dpv:Display"
    """
    to present or show data
    """
    Disseminate = "dpv:Disseminate"
    """
    to spread data throughout
    """
    Download = "dpv:Download"
    """
    to provide a copy or to receive a copy of data over a network or internet
    """
    Erase = "dpv:Erase"
    """
    to remove data from existence i.e. without the possibility of retrieval
    """
    Export = "dpv:Export"
    """
    to provide a copy of data from one system to another
    """
    Filter = "dpv:Filter"
    """
    to filter or keep data for some criteria
    """
    Format = "dpv:Format"
    """
    to arrange or structure data in a specific form
    """
    Generate = "dpv:Generate"
    """
    to generate or create data
    """
    Infer = "dpv:Infer"
    """
    to infer data from existing data
    """
    Make_Available = "dpv:MakeAvailable"
    """
    to transform or publish data to be used
    """
    Match = "dpv:Match"
    """
    to combine, compare, or match data from different sources
    """
    Modify = "dpv:Modify"
    """
    to modify or change data
    """
    Monitor = "dpv:Monitor"
    """
    to monitor data for some criteria
    """
    Move = "dpv:Move"
    """
    to move data from one location to another including deleting the original copy
    """
    Observe = "dpv:Observe"
    """
    to obtain data through observation
    """
    Obtain = "dpv:Obtain"
    """
    to solicit or gather data from someone
    """
    Organise = "dpv:Organise"
    """
    to organize data for arranging or classifying
    """
    Processing = "eu-gdpr:Processing"
    """
    ‘Processing’ means any operation or set of operations which is performed on personal data or on sets of personal data, whether or not by automated means, such as collection, recording, organisation, structuring, storage, adaptation or alteration, retrieval, consultation, use, disclosure by transmission, dissemination or otherwise making available, alignment or combination, restriction, erasure or destruction
    """
    Profiling = "eu-gdpr:Profiling"
    """
    ‘Profiling’ means any form of automated processing of personal data consisting of the use of personal data to evaluate certain personal aspects relating to a natural person, in particular to analyse or predict aspects concerning that natural person’s performance at work, economic situation, health, personal preferences, interests, reliability, behaviour, location or movements
    """
    Pseudonymise = "dpv:Pseudonymise"
    """
    to replace personal identifiable information by artificial identifiers
    """
    Query = "dpv:Query"
    """
    to query or make enquiries over data
    """
    Record = "dpv:Record"
    """
    to make a record (especially media)
    """
    Reformat = "dpv:Reformat"
    """
    to rearrange or restructure data to change its form
    """
    Remove = "dpv:Remove"
    """
    to destruct or erase data
    """
    Restrict = "dpv:Restrict"
    """
    to apply a restriction on the processing of specific records
    """
    Retrieve = "dpv:Retrieve"
    """
    to retrieve data, often in an automated manner
    """
    Screen = "dpv:Screen"
    """
    to remove data for some criteria
    """
    Share = "dpv:Share"
    """
    to give data (or a portion of it) to others
    """
    Store = "dpv:Store"
    """
    to keep data for future use
    """
    Structure = "dpv:Structure"
    """
    to arrange data according to a structure
    """
    Tracking = "dpv:Tracking"
    """
    to use data to track a specific factor (e.g. a human or their activities) across multiple distinct contexts
    """
    Tracking_by_First_Party = "dpv:TrackingByFirstParty"
    """
    to perform tracking where the performing entity is a first party within the context
    """
    Tracking_by_Third_Party = "dpv:TrackingByThirdParty"
    """
    to perform tracking where the performing entity is a third party within the context
    """
    Transfer = "dpv:Transfer"
    """
    to move data from one place to another
    """
    Transform = "dpv:Transform"
    """
    to change the form or nature of data
    """
    Transmit = "dpv:Transmit"
    """
    to send out data
    """
    Use = "dpv:Use"
    """
    to use data
    """
    Cross_Border_Processing = "eu-gdpr:CrossBorderProcessing"
    """
    ‘Cross-Border Processing’ means either: (a) processing of personal data which takes place in the context of the activities of establishments in more than one Member State of a controller or processor in the Union where the controller or processor is established in more than one Member State; or (b) processing of personal data which takes place in the context of the activities of a single establishment of a controller or processor in the Union but which substantially affects or is likely to substantially affect data subjects in more than one Member State
    """


class DpvDataSubject(str, Enum):
    """
    Categories of data subjects (dpv:DataSubject and the dpv:HumanSubject categories of DPV 2.3).
    """
    Adult = "dpv:Adult"
    """
    A natural person that is not a child i.e. has attained some legally specified age of adulthood
    """
    Applicant = "dpv:Applicant"
    """
    Humans that are applicants in some context
    """
    Asylum_Seeker = "dpv:AsylumSeeker"
    """
    Humans that are asylum seekers
    """
    Child = "dpv:Child"
    """
    A 'child' is a natural legal person who is below a certain legal age depending on the legal jurisdiction.
    """
    Citizen = "dpv:Citizen"
    """
    Humans that are citizens (for a jurisdiction)
    """
    Client = "dpv:Client"
    """
    Humans that are clients or recipients of services
    """
    Consumer = "dpv:Consumer"
    """
    Humans that consume goods or services for direct use
    """
    Customer = "dpv:Customer"
    """
    Humans that purchase goods or services
    """
    Data_Subject = "eu-gdpr:DataSubject"
    """
    Data Subject' means a natural person who can be identified, directly or indirectly, in particular by reference to an identifier such as a name, an identification number, location data, an online identifier or to one or more factors specific to the physical, physiological, genetic, mental, economic, cultural or social identity of that natural person
    """
    Elderly_Data_Subject = "dpv:ElderlyDataSubject"
    """
    Data subjects that are considered elderly (i.e. based on age)
    """
    Elderly_Human = "dpv:ElderlyHuman"
    """
    Humans that are considered elderly (i.e. based on age)
    """
    Employee = "dpv:Employee"
    """
    Humans that are employees
    """
    GuardianLEFT_PARENTHESISsRIGHT_PARENTHESIS_of_Data_Subject = "dpv:GuardianOfDataSubject"
    """
    Guardian(s) of data subjects such as children
    """
    GuardianLEFT_PARENTHESISsRIGHT_PARENTHESIS_of_Human = "dpv:GuardianOfHuman"
    """
    Guardian(s) of humans
    """
    Human_Subject = "dpv:HumanSubject"
    """
    The individual (or category of individuals) that is the subject within some context such as personal data (dpv:DataSubject) or technology (tech:Subject)
    """
    Immigrant = "dpv:Immigrant"
    """
    Humans that are immigrants (for a jurisdiction)
    """
    Job_Applicant = "dpv:JobApplicant"
    """
    Humans that apply for jobs or employments
    """
    Member = "dpv:Member"
    """
    Humans that are members of a group, organisation, or other collectives
    """
    Mentally_Vulnerable_Data_Subject = "dpv:MentallyVulnerableDataSubject"
    """
    Data subjects that are considered mentally vulnerable
    """
    Mentally_Vulnerable_Human = "dpv:MentallyVulnerableHuman"
    """
    Humans that are considered mentally vulnerable within the context
    """
    Non_Citizen = "dpv:NonCitizen"
    """
    Humans that are not citizens (for a jurisdiction)
    """
    ParentLEFT_PARENTHESISsRIGHT_PARENTHESIS_of_Data_Subject = "dpv:ParentOfDataSubject"
    """
    Parent(s) of data subjects such as children
    """
    Parent_of_Human = "dpv:ParentOfHuman"
    """
    Parent(s) of humans
    """
    Participant = "dpv:Participant"
    """
    Humans that participate in some context such as volunteers in a function
    """
    Patient = "dpv:Patient"
    """
    Humans that receive medical attention, treatment, care, advice, or other health related services
    """
    Student = "dpv:Student"
    """
    Humans that are students
    """
    Subscriber = "dpv:Subscriber"
    """
    Humans that subscribe to service(s)
    """
    Tourist = "dpv:Tourist"
    """
    Humans that are tourists i.e. not citizens and not immigrants
    """
    User = "dpv:User"
    """
    Humans that use service(s)
    """
    Visitor = "dpv:Visitor"
    """
    Humans that are temporary visitors
    """
    Vulnerable_Data_Subject = "dpv:VulnerableDataSubject"
    """
    Humans which should be considered 'vulnerable' and therefore would require additional measures and safeguards
    """
    Vulnerable_Human = "dpv:VulnerableHuman"
    """
    Human(s) which should be considered 'vulnerable' within the context
    """


class DpvEntity(str, Enum):
    """
    Categories of entities: recipients, controllers, processors, third parties.
    """
    Academic_or_Scientific_Organisation = "dpv:AcademicScientificOrganisation"
    """
    Organisations related to academia or scientific pursuits e.g. Universities, Schools, Research Bodies
    """
    Adult = "dpv:Adult"
    """
    A natural person that is not a child i.e. has attained some legally specified age of adulthood
    """
    Agent = "dpv:Agent"
    """
    An Agent is a dpv:Entity that is (a) acting on behalf of another Entity; and (b) is authorised to do so by that Entity
    """
    Ambulance_Provider = "dpv:AmbulanceProvider"
    """
    An organisation that that offers transportation and medical care to patients requiring urgent medical attention
    """
    Applicant = "dpv:Applicant"
    """
    Humans that are applicants in some context
    """
    Asylum_Seeker = "dpv:AsylumSeeker"
    """
    Humans that are asylum seekers
    """
    Authority = "dpv:Authority"
    """
    An authority with the power to create or enforce laws, or determine their compliance.
    """
    Charity_Organisation = "dpv:CharityOrganisation"
    """
    A nonprofit entity dedicated to providing assistance or raising funds for social, educational, religious, or other philanthropic purposes
    """
    Child = "dpv:Child"
    """
    A 'child' is a natural legal person who is below a certain legal age depending on the legal jurisdiction.
    """
    Citizen = "dpv:Citizen"
    """
    Humans that are citizens (for a jurisdiction)
    """
    Client = "dpv:Client"
    """
    Humans that are clients or recipients of services
    """
    Clinic = "dpv:Clinic"
    """
    An organisation that is a smaller healthcare facility offering outpatient medical services for diagnosis and treatment
    """
    Consumer = "dpv:Consumer"
    """
    Humans that consume goods or services for direct use
    """
    Customer = "tech:Customer"
    """
    Actor that uses Technology directly or indirectly by providing it to Users
    """
    Data_Controller = "dpv:DataController"
    """
    The individual or organisation that decides (or controls) the purpose(s) of processing personal data.
    """
    Data_Exporter = "dpv:DataExporter"
    """
    An entity that 'exports' data where exporting is considered a form of data transfer
    """
    Data_Importer = "dpv:DataImporter"
    """
    An entity that 'imports' data where importing is considered a form of data transfer
    """
    Data_Processor = "dpv:DataProcessor"
    """
    A ‘processor’ means a natural or legal person, public authority, agency or other body which processes data on behalf of the controller.
    """
    Data_Protection_Authority = "eu-gdpr:DataProtectionAuthority"
    """
    ‘Supervisory Authority’ or 'Data Protection Authority' means an independent public authority which is established by a Member State pursuant to Article 51
    """
    Data_Protection_Officer = "dpv:DataProtectionOfficer"
    """
    An entity within or authorised by an organisation to monitor internal compliance, inform and advise on data protection obligations and act as a contact point for data subjects and the supervisory authority.
    """
    Data_Sub_Processor = "dpv:DataSubProcessor"
    """
    A 'sub-processor' is a processor engaged by another processor
    """
    Data_Subject = "eu-gdpr:DataSubject"
    """
    Data Subject' means a natural person who can be identified, directly or indirectly, in particular by reference to an identifier such as a name, an identification number, location data, an online identifier or to one or more factors specific to the physical, physiological, genetic, mental, economic, cultural or social identity of that natural person
    """
    Educational_Organisation = "dpv:EducationalOrganisation"
    """
    An organisation focused on delivering formal or informal education, training, or research
    """
    Elderly_Data_Subject = "dpv:ElderlyDataSubject"
    """
    Data subjects that are considered elderly (i.e. based on age)
    """
    Elderly_Human = "dpv:ElderlyHuman"
    """
    Humans that are considered elderly (i.e. based on age)
    """
    Emergency_Healthcare_Provider = "dpv:EmergencyHealthcareProvider"
    """
    An organisation that is an emergency service provider focused on delivering immediate medical care to patients in critical or life-threatening situations
    """
    Emergency_Service_Provider = "dpv:EmergencyServiceProvider"
    """
    An organisation tasked with providing emergency services such as by responding rapidly to urgent situations to protect lives, property, and the environment
    """
    Employee = "dpv:Employee"
    """
    Humans that are employees
    """
    Entity = "dpv:Entity"
    """
    A human or non-human 'thing' that constitutes as an entity
    """
    Fire_Department = "dpv:FireDepartment"
    """
    An organisation that is an emergency service provider for fire prevention, firefighting, and rescue services
    """
    For_Profit_Organisation = "dpv:ForProfitOrganisation"
    """
    An organisation that aims to achieve profit as its primary goal
    """
    Governmental_Organisation = "dpv:GovernmentalOrganisation"
    """
    An organisation managed or part of government
    """
    GuardianLEFT_PARENTHESISsRIGHT_PARENTHESIS_of_Data_Subject = "dpv:GuardianOfDataSubject"
    """
    Guardian(s) of data subjects such as children
    """
    GuardianLEFT_PARENTHESISsRIGHT_PARENTHESIS_of_Human = "dpv:GuardianOfHuman"
    """
    Guardian(s) of humans
    """
    Healthcare_Organisation = "dpv:HealthcareOrganisation"
    """
    An organisation that delivers medical services, promotes health, and provides care for individuals and communities
    """
    Hospital = "dpv:Hospital"
    """
    An organisation that provides comprehensive medical treatment, including emergency care, surgeries, and inpatient services
    """
    Human_Subject = "dpv:HumanSubject"
    """
    The individual (or category of individuals) that is the subject within some context such as personal data (dpv:DataSubject) or technology (tech:Subject)
    """
    Immigrant = "dpv:Immigrant"
    """
    Humans that are immigrants (for a jurisdiction)
    """
    Industry_Consortium = "dpv:IndustryConsortium"
    """
    A consortium established and comprising on industry organisations
    """
    International_Organisation = "eu-gdpr:InternationalOrganisation"
    """
    ‘International Organisation’ means an organisation and its subordinate bodies governed by public international law, or any other body which is set up by, or on the basis of, an agreement between two or more countries
    """
    Job_Applicant = "dpv:JobApplicant"
    """
    Humans that apply for jobs or employments
    """
    Joint_Data_Controllers = "dpv:JointDataControllers"
    """
    A group of Data Controllers that jointly determine the purposes and means of processing
    """
    Judicial_Organisation = "dpv:JudicialOrganisation"
    """
    An organisation involved in interpreting and applying the law, resolving disputes, and administering justice as part of the judicial system
    """
    Law_Enforcement_Organisation = "dpv:LawEnforcementOrganisation"
    """
    An organisation that is an agency responsible for enforcing laws, maintaining public order, and ensuring public safety
    """
    Legal_Agent = "dpv:LegalAgent"
    """
    A Legal Agent is a Legal Entity that is authorised to act on behalf of another entity
    """
    Legal_Entity = "dpv:LegalEntity"
    """
    A human or non-human 'thing' that constitutes as an entity and which is recognised and defined in law
    """
    Member = "dpv:Member"
    """
    Humans that are members of a group, organisation, or other collectives
    """
    Mentally_Vulnerable_Data_Subject = "dpv:MentallyVulnerableDataSubject"
    """
    Data subjects that are considered mentally vulnerable
    """
    Mentally_Vulnerable_Human = "dpv:MentallyVulnerableHuman"
    """
    Humans that are considered mentally vulnerable within the context
    """
    National_Authority = "dpv:NationalAuthority"
    """
    An authority tasked with overseeing legal compliance for a nation
    """
    Natural_Person = "dpv:NaturalPerson"
    """
    A human
    """
    Non_Citizen = "dpv:NonCitizen"
    """
    Humans that are not citizens (for a jurisdiction)
    """
    Non_Governmental_Organisation = "dpv:NonGovernmentalOrganisation"
    """
    An organisation not part of or independent from the government
    """
    Non_Profit_Organisation = "dpv:NonProfitOrganisation"
    """
    An organisation that does not aim to achieve profit as its primary goal
    """
    Organisation = "dpv:Organisation"
    """
    A general term reflecting a company or a business or a group acting as a unit
    """
    Organisational_Unit = "dpv:OrganisationalUnit"
    """
    Entity within an organisation that does not constitute as a separate legal entity
    """
    Parent_Legal_Entity = "dpv:ParentLegalEntity"
    """
    A legal entity that has one or more subsidiary entities operating under it
    """
    ParentLEFT_PARENTHESISsRIGHT_PARENTHESIS_of_Data_Subject = "dpv:ParentOfDataSubject"
    """
    Parent(s) of data subjects such as children
    """
    Parent_of_Human = "dpv:ParentOfHuman"
    """
    Parent(s) of humans
    """
    Participant = "dpv:Participant"
    """
    Humans that participate in some context such as volunteers in a function
    """
    Patient = "dpv:Patient"
    """
    Humans that receive medical attention, treatment, care, advice, or other health related services
    """
    Private_Sector_Body = "dpv:PrivateSectorBody"
    """
    An organisation owned and operated by private individuals or companies
    """
    Public_Sector_Body = "dpv:PublicSectorBody"
    """
    A government-controlled organisation that provides services or goods to the public
    """
    Recipient = "eu-gdpr:Recipient"
    """
    ‘Recipient’ means a natural or legal person, public authority, agency or another body, to which the personal data are disclosed, whether a third party or not
    """
    Regional_Authority = "dpv:RegionalAuthority"
    """
    An authority tasked with overseeing legal compliance for a region
    """
    Religious_Associations = "dpv:ReligiousAssociations"
    """
    An organisations that supports the practice, promotion, and management of religious activities and beliefs
    """
    Representative = "eu-gdpr:Representative"
    """
    Representative’ means a natural or legal person established in the Union who, designated by the controller or processor in writing pursuant to Article 27, represents the controller or processor with regard to their respective obligations under this Regulation
    """
    SME_Organisation = "dpv:SMEOrganisation"
    """
    An organisation that is characterised as a Small or Medium-sized Enterprise based on limited staff and revenue
    """
    Service_Consumer = "dpv:ServiceConsumer"
    """
    The entity that consumes or receives the service
    """
    Service_Provider = "dpv:ServiceProvider"
    """
    The entity that provides a service
    """
    Startup_Organisation = "dpv:StartupOrganisation"
    """
    An organisation that is newly established and is nascent in terms of available resources
    """
    Student = "dpv:Student"
    """
    Humans that are students
    """
    Subscriber = "dpv:Subscriber"
    """
    Humans that subscribe to service(s)
    """
    Subsidiary_Legal_Entity = "dpv:SubsidiaryLegalEntity"
    """
    A legal entity that operates as a subsidiary of another legal entity
    """
    Supranational_Authority = "dpv:SupraNationalAuthority"
    """
    An authority tasked with overseeing legal compliance for a supra-national union e.g. EU
    """
    Third_Party = "eu-gdpr:ThirdParty"
    """
    ‘Third Party’ means a natural or legal person, public authority, agency or body other than the data subject, controller, processor and persons who, under the direct authority of the controller or processor, are authorised to process personal data
    """
    Tourist = "dpv:Tourist"
    """
    Humans that are tourists i.e. not citizens and not immigrants
    """
    User = "tech:User"
    """
    Actor that uses Technology
    """
    Visitor = "dpv:Visitor"
    """
    Humans that are temporary visitors
    """
    Vulnerable_Data_Subject = "dpv:VulnerableDataSubject"
    """
    Humans which should be considered 'vulnerable' and therefore would require additional measures and safeguards
    """
    Vulnerable_Human = "dpv:VulnerableHuman"
    """
    Human(s) which should be considered 'vulnerable' within the context
    """
    Concerned_Supervisory_Authority = "eu-gdpr:ConcernedSupervisoryAuthority"
    """
    Concerned Supervisory Authority' or 'supervisory authority concerned’ means a supervisory authority which is concerned by the processing of personal data because: (a) the controller or processor is established on the territory of the Member State of that supervisory authority; (b) data subjects residing in the Member State of that supervisory authority are substantially affected or likely to be substantially affected by the processing; or (c) a complaint has been lodged with that supervisory authority
    """
    Controller = "eu-gdpr:Controller"
    """
    ‘Controller’ means the natural or legal person, public authority, agency or other body which, alone or jointly with others, determines the purposes and means of the processing of personal data; where the purposes and means of such processing are determined by Union or Member State law, the controller or the specific criteria for its nomination may be provided for by Union or Member State law
    """
    Establishment = "eu-gdpr:Establishment"
    """
    Establishment is a Legal Entity which implies the effective and real exercise of activities through stable arrangements (with a presumed parent or primary establishment)
    """
    Lead_Supervisory_Authority = "eu-gdpr:LeadSupervisoryAuthority"
    """
    Authority with the primary responsibility for dealing with a cross-border data processing activity
    """
    Local_Supervisory_Authority = "eu-gdpr:LocalSupervisoryAuthority"
    """
    Authority associated with the main or local establishment of an organisation
    """
    Main_Establishment = "eu-gdpr:MainEstablishment"
    """
    Main Establishment' means as regards a controller with establishments in more than one Member State, the place of its central administration in the Union, unless the decisions on the purposes and means of the processing of personal data are taken in another establishment of the controller in the Union and the latter establishment has the power to have such decisions implemented, in which case the establishment having taken such decisions is to be considered to be the main establishment; as regards a processor with establishments in more than one Member State, the place of its central administration in the Union, or, if the processor has no central administration in the Union, the establishment of the processor in the Union where the main processing activities in the context of the activities of an establishment of the processor take place to the extent that the processor is subject to specific obligations under this Regulation;
    """
    Processor = "eu-gdpr:Processor"
    """
    ‘Processor’ means a natural or legal person, public authority, agency or other body which processes personal data on behalf of the controller
    """
    Single_Establishment = "eu-gdpr:SingleEstablishment"
    """
    A legal entity that is established in only one Member State
    """
    European_Data_Protection_Board = "legal-eu:DPA-EDPB"
    European_Data_Protection_Supervisor = "legal-eu:DPA-EDPS"
    Office_of_the_Data_Protection_Ombudsman = "legal-fi:DPA-FI"
    Actor = "tech:Actor"
    """
    Actors and Entities involved in provision, use, and management of Technology
    """
    Auditor = "tech:Auditor"
    """
    Actor that audits Technology for conformance to policies, standards, or legal requirements
    """
    Deployer = "tech:Deployer"
    """
    Actor that deploys Technology
    """
    Designer = "tech:Designer"
    """
    Actor that designs Technology
    """
    Developer = "tech:Developer"
    """
    Actor that develops Technology
    """
    Distributor = "tech:Distributor"
    """
    Actor that distributes the Technology
    """
    Evaluator = "tech:Evaluator"
    """
    Actor that evaluates the performance of Technology
    """
    Importer = "tech:Importer"
    """
    Actor that imports the Technology within a jurisdiction
    """
    Installer = "tech:Installer"
    """
    Actor that installs Technology
    """
    Maintainer = "tech:Maintainer"
    """
    Actor that maintains Technology
    """
    Manufacturer = "tech:Manufacturer"
    """
    Actor that manufactures Technology
    """
    Operator = "tech:Operator"
    """
    Actor that operates the Technology
    """
    Owner = "tech:Owner"
    """
    Actor that owns Technology
    """
    Partner = "tech:Partner"
    """
    Actor that provides services in the context of Technology
    """
    Producer = "tech:Producer"
    """
    Actor that produces Technology
    """
    Provider = "tech:Provider"
    """
    Actor that provides Technology
    """
    Purchaser = "tech:Purchaser"
    """
    Actor that purchases Technology
    """
    Software_Agent = "tech:SoftwareAgent"
    """
    A software that acts on behalf of another Entity or technology
    """
    Subject = "tech:Subject"
    """
    Actor that is subjected to the use or impact of Technology
    """
    Supplier = "tech:Supplier"
    """
    Actor that supplies Technology
    """
    System_Integrator = "tech:SystemIntegrator"
    """
    Actor that integrates Technology in to (larger) systems
    """
    User_Agent = "tech:UserAgent"
    """
    A software agent that represents a person (i.e. a human)
    """


class DpvLegalBasis(str, Enum):
    """
    Legal bases (dpv:LegalBasis, including the GDPR articles).
    """
    Business_to_Business_to_Consumer_Contract = "dpv:B2B2CContract"
    """
    A contract between two businesses who partner together to provide services to a consumer
    """
    Business_to_Business_Contract = "dpv:B2BContract"
    """
    A contract between two businesses
    """
    Business_to_Consumer_Contract = "dpv:B2CContract"
    """
    A contract between a business and a consumer where the business provides goods or services to the consumer
    """
    Consumer_to_Business_Contract = "dpv:C2BContract"
    """
    A contract between a consumer and a business where the business purchases goods or services from the consumer
    """
    Consumer_to_Consumer_Contract = "dpv:C2CContract"
    """
    A contract between two consumers
    """
    Consent = "eu-gdpr:Consent"
    """
    Consent’ of the data subject means any freely given, specific, informed and unambiguous indication of the data subject’s wishes by which he or she, by a statement or by a clear affirmative action, signifies agreement to the processing of personal data relating to him or her
    """
    Consumer_Standard_Form_Contract = "dpv:ConsumerStandardFormContract"
    """
    A contract where the terms and conditions are determined by parties in the role of a 'consumer' - whether an entity or an individual, and the other parties have negligible or no ability to negotiate the terms and conditions
    """
    Contract = "dpv:Contract"
    """
    Creation, completion, fulfilment, or performance of a contract involving specified processing of data or technologies
    """
    Contract_by_Domain = "dpv:ContractByDomain"
    """
    A generic concept representing contracts categorised by specific domains which dictate the drafting and interpretation of contracts
    """
    Contract_by_Entity_Type = "dpv:ContractByEntityType"
    """
    A generic concept representing contracts categorised by the type of entities involved - such as Businesses (B), Consumers (C), and Governments (G)
    """
    Contract_by_Negotiation_Type = "dpv:ContractByNegotiationType"
    """
    A generic concept representing contracts categorised based on their use or absence of negotiation in the contract forming process
    """
    Contract_Performance = "dpv:ContractPerformance"
    """
    Fulfilment or performance of a contract involving specified processing of data or technologies
    """
    Controller_Data_Subject_Agreement = "dpv:ControllerDataSubjectAgreement"
    """
    An agreement outlining conditions, criteria, obligations, responsibilities, and specifics for carrying out processing of data between a Data Controller and a Data Subject
    """
    Controller_Processor_Agreement = "dpv:ControllerProcessorAgreement"
    """
    An agreement outlining conditions, criteria, obligations, responsibilities, and specifics for carrying out processing of data between a Data Controller and a Data Processor
    """
    Data_Processing_Agreement = "dpv:DataProcessingAgreement"
    """
    An agreement outlining conditions, criteria, obligations, responsibilities, and specifics for carrying out processing of data
    """
    Data_Transfer_Legal_Basis = "dpv:DataTransferLegalBasis"
    """
    Specific or special categories and instances of legal basis intended for justifying data transfers
    """
    Distribution_Agreement = "dpv:DistributionAgreement"
    """
    A contract regarding supply of data or technologies between a distributor and a supplier
    """
    End_User_License_Agreement_LEFT_PARENTHESISEULARIGHT_PARENTHESIS = "dpv:EULA"
    """
    End User License Agreement is a contract entered into between a software (or service) developer or provider with the (end-)user
    """
    Employment_Contract = "dpv:EmploymentContract"
    """
    A contract regarding employment between an employer and an employee
    """
    Enter_Into_Contract = "dpv:EnterIntoContract"
    """
    Processing necessary to enter into contract
    """
    Explicitly_Expressed_Consent = "dpv:ExplicitlyExpressedConsent"
    """
    Consent that is expressed through an explicit action solely conveying a consenting decision
    """
    Expressed_Consent = "dpv:ExpressedConsent"
    """
    Consent that is expressed through an action intended to convey a consenting decision
    """
    Government_to_Business_Contract = "dpv:G2BContract"
    """
    A contract between a government and a business
    """
    Government_to_Consumer_Contract = "dpv:G2CContract"
    """
    A contract between a government and consumers
    """
    Government_to_Government_Contract = "dpv:G2GContract"
    """
    A contract between two governments or government departments or units
    """
    Implied_Consent = "dpv:ImpliedConsent"
    """
    Consent that is implied indirectly through an action not associated solely with conveying a consenting decision
    """
    Informed_Consent = "dpv:InformedConsent"
    """
    Consent that is informed i.e. with the requirement to provide sufficient information to make a consenting decision
    """
    Joint_Data_Controllers_Agreement = "dpv:JointDataControllersAgreement"
    """
    An agreement outlining conditions, criteria, obligations, responsibilities, and specifics for carrying out processing of data between Controllers within a Joint Controllers relationship
    """
    Legal_Basis = "dpv:LegalBasis"
    """
    Legal basis used to justify processing of data or use of technology in accordance with a law
    """
    Legal_Obligation = "dpv:LegalObligation"
    """
    Legal Obligation to conduct the specified activities
    """
    Legitimate_Interest = "dpv:LegitimateInterest"
    """
    Legitimate Interests of a Party as justification for specified activities
    """
    Legitimate_Interest_of_Controller = "dpv:LegitimateInterestOfController"
    """
    Legitimate Interests of a Data Controller in conducting specified activities
    """
    Legitimate_Interest_of_Data_Subject = "dpv:LegitimateInterestOfDataSubject"
    """
    Legitimate Interests of the Data Subject in conducting specified activities
    """
    Legitimate_Interest_of_Third_Party = "dpv:LegitimateInterestOfThirdParty"
    """
    Legitimate Interests of a Third Party in conducting specified activities
    """
    License_Agreement = "dpv:LicenseAgreement"
    """
    A Legal Document providing permission to utilise data or resource and outlining the conditions under which such use is considered valid
    """
    Negotiated_Contract = "dpv:NegotiatedContract"
    """
    A contract where the terms and conditions are determined with all parties having the ability to negotiate the terms and conditions
    """
    Official_Authority_of_Controller = "dpv:OfficialAuthorityOfController"
    """
    Activities are necessary or authorised through the official authority granted to or vested in the Data Controller
    """
    Provider_Standard_Form_Contract = "dpv:ProviderStandardFormContract"
    """
    A contract where the terms and conditions are determined by parties in the role of a 'provider', and the other parties have negligible or no ability to negotiate the terms and conditions
    """
    Public_Interest = "dpv:PublicInterest"
    """
    Activities are necessary or beneficial for interest of the public or society at large
    """
    Rights_Fulfilment = "dpv:RightsFulfilment"
    """
    Purposes associated with the fulfillment of rights specified in law
    """
    Service_Level_Agreement_LEFT_PARENTHESISSLARIGHT_PARENTHESIS = "dpv:ServiceLevelAgreement"
    """
    A contract regarding the provision of a service which outlines the acceptable metrics and performance of the service for the consumer
    """
    Standard_Form_Contract = "dpv:StandardFormContract"
    """
    A contract where the terms and conditions are determined by one or more of the parties, and the other parties have negligible or no ability to negotiate the terms and conditions
    """
    Sub_Processor_Agreement = "dpv:SubProcessorAgreement"
    """
    An agreement outlining conditions, criteria, obligations, responsibilities, and specifics for carrying out processing of data between a Data Processor and a Data (Sub-)Processor
    """
    Third_Party_Agreement = "dpv:ThirdPartyAgreement"
    """
    An agreement outlining conditions, criteria, obligations, responsibilities, and specifics for carrying out processing of data between a Data Controller or Processor and a Third Party
    """
    Uninformed_Consent = "dpv:UninformedConsent"
    """
    Consent that is uninformed i.e. without requirement to provide sufficient information to make a consenting decision
    """
    Vital_Interest = "dpv:VitalInterest"
    """
    Activities are necessary or required to protect vital interests of a data subject or other natural person
    """
    Vital_Interest_of_Data_Subject = "dpv:VitalInterestOfDataSubject"
    """
    Activities are necessary or required to protect vital interests of a data subject
    """
    Vital_Interest_of_Natural_Person = "dpv:VitalInterestOfNaturalPerson"
    """
    Activities are necessary or required to protect vital interests of a natural person
    """
    Art_45LEFT_PARENTHESIS3RIGHT_PARENTHESIS_adequacy_decision = "eu-gdpr:A45-3"
    """
    Personal data can flow freely from the EU to a third country with an Adequacy Decision without any further safeguard being necessary.
    """
    Art_46LEFT_PARENTHESIS2_aRIGHT_PARENTHESIS_legal_instrument = "eu-gdpr:A46-2-a"
    """
    A legally binding and enforceable instrument between public authorities or bodies
    """
    Art_46LEFT_PARENTHESIS2_bRIGHT_PARENTHESIS_Binding_Corporate_Rules_LEFT_PARENTHESISBCRRIGHT_PARENTHESIS = "eu-gdpr:A46-2-b"
    """
    ‘Binding Corporate Rules’ means personal data protection policies which are adhered to by a controller or processor established on the territory of a Member State for transfers or a set of transfers of personal data to a controller or processor in one or more third countries within a group of undertakings, or group of enterprises engaged in a joint economic activity
    """
    Art_46LEFT_PARENTHESIS2_cRIGHT_PARENTHESIS_Standard_Contractual_Clauses_LEFT_PARENTHESISSCCRIGHT_PARENTHESIS_by_EC = "eu-gdpr:A46-2-c"
    """
    Standard data protection clauses adopted by the Commission
    """
    Art_46LEFT_PARENTHESIS2_dRIGHT_PARENTHESIS_Standard_Contractual_Clauses_LEFT_PARENTHESISSCCRIGHT_PARENTHESIS_by_DPA = "eu-gdpr:A46-2-d"
    """
    Standard data protection clauses adopted by a Supervisory Authority
    """
    Art_46LEFT_PARENTHESIS2_eRIGHT_PARENTHESIS_code_of_conduct = "eu-gdpr:A46-2-e"
    """
    An approved code of conduct pursuant to GDPR Article 40 together with binding and enforceable commitments of the controller or processor in the third country to apply the appropriate safeguards, including as regards individuals´ rights
    """
    Art_46LEFT_PARENTHESIS2_fRIGHT_PARENTHESIS_certification = "eu-gdpr:A46-2-f"
    """
    An approved certification mechanism pursuant to GDPR Article 42 together with binding and enforceable commitments of the controller or processor in the third country to apply the appropriate safeguards, including as regards individuals` rights
    """
    Art_46LEFT_PARENTHESIS3_aRIGHT_PARENTHESIS_contractual_clauses = "eu-gdpr:A46-3-a"
    """
    Contractual clauses with controller, processor or recipient of the personal data in the third country or the international organisation.
    """
    Art_46LEFT_PARENTHESIS3_bRIGHT_PARENTHESIS_administrative_arrangements = "eu-gdpr:A46-3-b"
    """
    Provisions to be inserted into administrative arrangements between public authorities or bodies which include enforceable and effective data subject rights
    """
    Art_49LEFT_PARENTHESIS1_aRIGHT_PARENTHESIS_explicit_consent = "eu-gdpr:A49-1-a"
    """
    The data subject has explicitly consented to the proposed transfer, after having been informed of the possible risks of such transfers for the data subject due to the absence of an adequacy decision and appropriate safeguards.
    """
    Art_49LEFT_PARENTHESIS1_bRIGHT_PARENTHESIS_performance_of_contract = "eu-gdpr:A49-1-b"
    """
    The transfer is necessary for the performance of a contract between the data subject and controller or the implementation of pre-contractual measures taken at the data subject´s request.
    """
    Art_49LEFT_PARENTHESIS1_cRIGHT_PARENTHESIS_conclusion_of_contract = "eu-gdpr:A49-1-c"
    """
    The transfer is necessary for the conclusion or performance of a contract concluded in the interest of the data subject and controller and another natural or legal person.
    """
    Art_49LEFT_PARENTHESIS1_dRIGHT_PARENTHESIS_public_interest = "eu-gdpr:A49-1-d"
    """
    The transfer is necessary for important reasons of public interest.
    """
    Art_49LEFT_PARENTHESIS1_eRIGHT_PARENTHESIS_legal_claims = "eu-gdpr:A49-1-e"
    """
    The transfer is necessary for the establishment, exercise or defence of legal claims.
    """
    Art_49LEFT_PARENTHESIS1_fRIGHT_PARENTHESIS_protect_vital_interests = "eu-gdpr:A49-1-f"
    """
    The transfer is necessary in order to protect the vital interests of the data subject or of other persons, where the person is physically or legally incapable of giving consent.
    """
    Art_49LEFT_PARENTHESIS1_gRIGHT_PARENTHESIS_public_register = "eu-gdpr:A49-1-g"
    """
    The transfer is made from a register which according to Union or Member State law is intended to provide information to the public in general or by any person who can demonstrate a legitimate interest, but only to the extent that the conditions laid down by Union or Member State law for consultation are fulfilled in the particular case.
    """
    Art_49LEFT_PARENTHESIS2RIGHT_PARENTHESIS_legitimate_interests = "eu-gdpr:A49-2"
    """
    The transfer is not repetitive, concerns only a limited number of data subjects, is necessary for the purposes of compelling legitimate interests pursued by controller which are not overridden by the interests or rights and freedoms of the data subject, and controller has assessed all the circumstances surrounding the data transfer and have on the basis of that assessment provided suitable safeguards with regard to the protection of personal data.
    """
    ArtFULL_STOP6LEFT_PARENTHESIS1_aRIGHT_PARENTHESIS_consent = "eu-gdpr:A6-1-a"
    """
    Legal basis based on data subject's given consent to the processing of his or her personal data for one or more specific purposes
    """
    Art_6LEFT_PARENTHESIS1_aRIGHT_PARENTHESIS_explicit_consent = "eu-gdpr:A6-1-a-explicit-consent"
    """
    Legal basis based on data subject's given explicit consent to the processing of his or her personal data for one or more specific purposes
    """
    ArtFULL_STOP6LEFT_PARENTHESIS1_aRIGHT_PARENTHESIS_regular_consent = "eu-gdpr:A6-1-a-non-explicit-consent"
    """
    Legal basis based on data subject's given non-explicit express consent to the processing of his or her personal data for one or more specific purposes
    """
    Art_6LEFT_PARENTHESIS1_bRIGHT_PARENTHESIS_contract = "eu-gdpr:A6-1-b"
    """
    Legal basis based on performance of a contract to which the data subject is party or in order to take steps at the request of the data subject prior to entering into a contract
    """
    Art_6LEFT_PARENTHESIS1_bRIGHT_PARENTHESIS_contract_performance = "eu-gdpr:A6-1-b-contract-performance"
    """
    Legal basis based on performance of a contract to which the data subject is party
    """
    Art_6LEFT_PARENTHESIS1_bRIGHT_PARENTHESIS_enter_into_contract = "eu-gdpr:A6-1-b-enter-into-contract"
    """
    Legal basis based on taking steps at the request of the data subject prior to entering into a contract
    """
    Art_6LEFT_PARENTHESIS1_cRIGHT_PARENTHESIS_legal_obligation = "eu-gdpr:A6-1-c"
    """
    Legal basis based on compliance with a legal obligation to which the controller is subject
    """
    Art_6LEFT_PARENTHESIS1_dRIGHT_PARENTHESIS_protect_vital_interests = "eu-gdpr:A6-1-d"
    """
    Legal basis based on protecting the vital interests of the data subject or of another natural person
    """
    Art_6LEFT_PARENTHESIS1_dRIGHT_PARENTHESIS_protect_vital_interests_of_data_subject = "eu-gdpr:A6-1-d-data-subject"
    """
    Legal basis based on protecting the vital interests of the data subject
    """
    Art_6LEFT_PARENTHESIS1_dRIGHT_PARENTHESIS_protect_vital_interests_of_natural_person = "eu-gdpr:A6-1-d-natural-person"
    """
    Legal basis based on protecting the vital interests of another natural person that is not the data subject
    """
    Art_6LEFT_PARENTHESIS1_eRIGHT_PARENTHESIS_public_interest_or_official_authority = "eu-gdpr:A6-1-e"
    """
    Legal basis based on performance of a task carried out in the public interest or in the exercise of official authority vested in the controller
    """
    Art_6LEFT_PARENTHESIS1_eRIGHT_PARENTHESIS_official_authority = "eu-gdpr:A6-1-e-official-authority"
    """
    Legal basis based on the exercise of official authority vested in the controller
    """
    Art_6LEFT_PARENTHESIS1_eRIGHT_PARENTHESIS_public_interest = "eu-gdpr:A6-1-e-public-interest"
    """
    Legal basis based on performance of a task carried out in the public interest
    """
    Art_6LEFT_PARENTHESIS1_fRIGHT_PARENTHESIS_legitimate_interest = "eu-gdpr:A6-1-f"
    """
    Legal basis based on the purposes of the legitimate interests pursued by the controller or by a third party, except where such interests are overridden by the interests or fundamental rights and freedoms of the data subject which require protection of personal data, in particular where the data subject is a child
    """
    Art_6LEFT_PARENTHESIS1_fRIGHT_PARENTHESIS_legitimate_interest_of_controller = "eu-gdpr:A6-1-f-controller"
    """
    Legal basis based on the purposes of the legitimate interests pursued by the controller, except where such interests are overridden by the interests or fundamental rights and freedoms of the data subject which require protection of personal data, in particular where the data subject is a child
    """
    Art_6LEFT_PARENTHESIS1_fRIGHT_PARENTHESIS_legitimate_interest_of_third_party = "eu-gdpr:A6-1-f-third-party"
    """
    Legal basis based on the purposes of the legitimate interests pursued by a third party, except where such interests are overridden by the interests or fundamental rights and freedoms of the data subject which require protection of personal data, in particular where the data subject is a child
    """
    Art_9LEFT_PARENTHESIS2_aRIGHT_PARENTHESIS_explicit_consent = "eu-gdpr:A9-2-a"
    """
    explicit consent with special categories of data
    """
    Art_9LEFT_PARENTHESIS2_bRIGHT_PARENTHESIS_employment_social_security_social_protection_law = "eu-gdpr:A9-2-b"
    """
    employment and social security and social protection law
    """
    Art_9LEFT_PARENTHESIS2_cRIGHT_PARENTHESIS_protect_vital_interest = "eu-gdpr:A9-2-c"
    """
    protection of the vital interests
    """
    Art_9LEFT_PARENTHESIS2_dRIGHT_PARENTHESIS_legitimate_activities = "eu-gdpr:A9-2-d"
    """
    legitimate activities with appropriate safeguards by a foundation, association or any other not-for-profit body with a political, philosophical, religious or trade union aim and on condition that the processing relates solely to the members or to former members of the body or to persons who have regular contact with it in connection with its purposes and that the personal data are not disclosed outside that body without the consent of the data subjects;
    """
    Art_9LEFT_PARENTHESIS2_eRIGHT_PARENTHESIS_data_made_public = "eu-gdpr:A9-2-e"
    """
    data manifestly made public by the data subject
    """
    Art_9LEFT_PARENTHESIS2_fRIGHT_PARENTHESIS_judicial_process = "eu-gdpr:A9-2-f"
    """
    establishment, exercise or defence of legal claims / courts acting in their judicial capacity
    """
    Art_9LEFT_PARENTHESIS2_gRIGHT_PARENTHESIS_public_interest = "eu-gdpr:A9-2-g"
    """
    substantial public interest, on the basis of Union or Member State law
    """
    Art_9LEFT_PARENTHESIS2_hRIGHT_PARENTHESIS_health_AMPERSAND_medicine = "eu-gdpr:A9-2-h"
    """
    preventive or occupational medicine, for the assessment of the working capacity of the employee, medical diagnosis, the provision of health or social care or treatment or the management of health or social care systems and services on the basis of Union or Member State law or pursuant to contract with a health professional and subject to the conditions and safeguards referred to in paragraph 3
    """
    Art_9LEFT_PARENTHESIS2_iRIGHT_PARENTHESIS_public_interest_in_public_health = "eu-gdpr:A9-2-i"
    """
    public interest in public health
    """
    Art_9LEFT_PARENTHESIS2_jRIGHT_PARENTHESIS_public_interest_scientific_research_statistical_purpose = "eu-gdpr:A9-2-j"
    """
    public interest, scientific or historical research purposes or statistical purposes based on Union or Member State law
    """
    AdHoc_Contractual_Clauses = "eu-gdpr:AdHocContractualClauses"
    """
    Contractual Clauses not drafted by the EU Commission, e.g. by the Controller
    """
    Adequacy_Decision = "eu-gdpr:AdequacyDecision"
    """
    An adequacy decision as per GDPR Art.45(3) for the transfer of data to a third country or an international organisation
    """
    SCCs_adopted_by_Commission = "eu-gdpr:SCCByCommission"
    """
    Standard contractual clauses adopted by the Commission in accordance with the examination procedure referred to in GDPR Article 93(2)
    """
    SCCs_adopted_by_Supervisory_Authority = "eu-gdpr:SCCBySupervisoryAuthority"
    """
    Standard data protection clauses adopted by a supervisory authority and approved by the Commission pursuant to the examination procedure referred to in GDPR Article 93(2)
    """
    Standard_Contractual_Clauses_LEFT_PARENTHESISSCCRIGHT_PARENTHESIS = "eu-gdpr:StandardContractualClauses"
    """
    Standard Contractual Clauses (SCCs) are pre-approved clauses by the EU for ensuring appropriate data protection safeguards intended for data transfers from the EU to third countries
    """
    EU_Adequacy_Decision_for_Andorra = "legal-eu:Adequacy-EU-AD"
    EU_Adequacy_Decision_for_Argentina = "legal-eu:Adequacy-EU-AR"
    EU_Adequacy_Decision_for_Canada_LEFT_PARENTHESIScommercial_organisationsRIGHT_PARENTHESIS = "legal-eu:Adequacy-EU-CA"
    EU_Adequacy_Decision_for_Switzerland = "legal-eu:Adequacy-EU-CH"
    EU_Adequacy_Decision_for_Faroe_Islands = "legal-eu:Adequacy-EU-FO"
    EU_Adequacy_Decision_for_United_Kingdom = "legal-eu:Adequacy-EU-GB"
    EU_Adequacy_Decision_for_Guernsey = "legal-eu:Adequacy-EU-GG"
    EU_Adequacy_Decision_for_Israel = "legal-eu:Adequacy-EU-IL"
    EU_Adequacy_Decision_for_Isle_of_Man = "legal-eu:Adequacy-EU-IM"
    EU_Adequacy_Decision_for_Jersey = "legal-eu:Adequacy-EU-JE"
    EU_Adequacy_Decision_for_Japan = "legal-eu:Adequacy-EU-JP"
    EU_Adequacy_Decision_for_New_Zealand = "legal-eu:Adequacy-EU-NZ"
    EU_Adequacy_Decision_for_Uruguay = "legal-eu:Adequacy-EU-UY"
    License = "tech:License"
    """
    A legal agreement that allows or provides a license for the use or other operations involving a technology
    """


class DpvMeasure(str, Enum):
    """
    Technical, organisational, physical and legal measures (dpv:TechnicalOrganisationalMeasure).
    """
    AI_Governance = "dpv:AIGovernance"
    """
    Procedures related to governance of AI, including its procurement, development, deployment, and assessments
    """
    AI_Literacy = "dpv:AILiteracy"
    """
    Providing skills, knowledge, and understanding to enable reading, writing, analysing, reasoning, and communicating regarding AI
    """
    AI_Notice = "dpv:AINotice"
    """
    A notice providing information regarding the particulars of an AI system such as its intended purpose and proper use
    """
    Acceptable_Use_Policy = "dpv:AcceptableUsePolicy"
    """
    Acceptable Use Policy (AUP) refers to conditions, contexts, or uses which are considered acceptable with the implication that those not covered by such a policy are to be considered unacceptable
    """
    Access_Control_Method = "dpv:AccessControlMethod"
    """
    Methods which restrict access to a place or resource
    """
    Activity_Monitoring = "dpv:ActivityMonitoring"
    """
    Monitoring of activities including assessing whether they have been successfully initiated and completed
    """
    Anonymisation = "dpv:Anonymisation"
    """
    Anonymisation is the process by which data is irreversibly altered in such a way that a data subject can no longer be identified directly or indirectly, either by the entity holding the data alone or in collaboration with other entities and information sources
    """
    Approval_Procedure = "dpv:ApprovalProcedure"
    """
    A procedure or process for determining and managing approvals for activities as part of governance
    """
    Assessment = "dpv:Assessment"
    """
    The document, plan, or process for assessment or determination towards a purpose e.g. assessment of legality or impact assessments
    """
    Asset_Management_Procedures = "dpv:AssetManagementProcedures"
    """
    Procedures related to management of assets
    """
    Asymmetric_Cryptography = "dpv:AsymmetricCryptography"
    """
    Use of public-key cryptography or asymmetric cryptography involving a public and private pair of keys
    """
    Asymmetric_Encryption = "dpv:AsymmetricEncryption"
    """
    Use of asymmetric cryptography to encrypt data
    """
    Audit = "dpv:Audit"
    """
    An audit is a systematic examination or evaluation of records, processes, or systems towards a specific objective such as to assess accuracy, compliance, effectiveness, or performance
    """
    Authentication_using_ABC = "dpv:Authentication-ABC"
    """
    Use of Attribute Based Credentials (ABC) to perform and manage authentication
    """
    Authentication_using_PABC = "dpv:Authentication-PABC"
    """
    Use of Privacy-enhancing Attribute Based Credentials (ABC) to perform and manage authentication
    """
    Authentication_Protocols = "dpv:AuthenticationProtocols"
    """
    Protocols involving validation of identity i.e. authentication of a person or information
    """
    Authorisation_Procedure = "dpv:AuthorisationProcedure"
    """
    Procedures for determining authorisation through permission or authority
    """
    Authorisation_Protocols = "dpv:AuthorisationProtocols"
    """
    Protocols involving authorisation of roles or profiles to determine permission, rights, or privileges
    """
    Background_Checks = "dpv:BackgroundChecks"
    """
    Procedure where the background of an entity is assessed to identity vulnerabilities and threats due to their current or intended role
    """
    Biometric_Authentication = "dpv:BiometricAuthentication"
    """
    Use of biometric data for authentication
    """
    Certification = "dpv:Certification"
    """
    Certification mechanisms, seals, and marks for the purpose of demonstrating compliance
    """
    Certification_and_Seal = "dpv:CertificationSeal"
    """
    Certifications, seals, and marks indicating compliance to regulations or practices
    """
    Code_of_Conduct = "dpv:CodeOfConduct"
    """
    A set of rules or procedures outlining the norms and practices for conducting activities
    """
    Compliance_Assessment = "dpv:ComplianceAssessment"
    """
    Assessment regarding compliance (e.g. internal policy, regulations)
    """
    Compliance_Monitoring = "dpv:ComplianceMonitoring"
    """
    Monitoring of compliance (e.g. internal policy, regulations)
    """
    Confidentiality_Agreement = "dpv:ConfidentialityAgreement"
    """
    Agreements that enforce confidentiality for e.g. to protect business, professional, or company secrets
    """
    Conformance_Assessment = "dpv:ConformanceAssessment"
    """
    Assessment regarding conformance with standards or norms or guidelines or similar instruments
    """
    Consent_Management = "dpv:ConsentManagement"
    """
    Methods to obtain, provide, modify, and withdraw consent along with maintaining a record of consent, retrieving records, and processing changes in consent states
    """
    Consent_Notice = "dpv:ConsentNotice"
    """
    A Notice for information provision associated with Consent
    """
    Consent_Receipt = "dpv:ConsentReceipt"
    """
    A record of consent or consent related activities that is provided to another entity
    """
    Consent_Record = "dpv:ConsentRecord"
    """
    A Record of Consent or Consent related activities
    """
    Consultation = "dpv:Consultation"
    """
    Consultation is a process of receiving feedback, advice, or opinion from an external agency
    """
    Consultation_with_Authority = "dpv:ConsultationWithAuthority"
    """
    Consultation with an authority or authoritative entity
    """
    Consultation_with_DPO = "dpv:ConsultationWithDPO"
    """
    Consultation with Data Protection Officer(s)
    """
    Consultation_with_Data_Subject = "dpv:ConsultationWithDataSubject"
    """
    Consultation with data subject(s) or their representative(s)
    """
    Consultation_with_Data_Subject_Representative = "dpv:ConsultationWithDataSubjectRepresentative"
    """
    Consultation with representative of data subject(s)
    """
    Controller_Data_Subject_Agreement = "dpv:ControllerDataSubjectAgreement"
    """
    An agreement outlining conditions, criteria, obligations, responsibilities, and specifics for carrying out processing of data between a Data Controller and a Data Subject
    """
    Controller_Processor_Agreement = "dpv:ControllerProcessorAgreement"
    """
    An agreement outlining conditions, criteria, obligations, responsibilities, and specifics for carrying out processing of data between a Data Controller and a Data Processor
    """
    Credential_Management = "dpv:CredentialManagement"
    """
    Management of credentials and their use in authorisations
    """
    Cryptographic_Authentication = "dpv:CryptographicAuthentication"
    """
    Use of cryptography for authentication
    """
    Cryptographic_Key_Management = "dpv:CryptographicKeyManagement"
    """
    Management of cryptographic keys, including their generation, storage, assessment, and safekeeping
    """
    Cryptographic_Methods = "dpv:CryptographicMethods"
    """
    Use of cryptographic methods to perform tasks
    """
    Cybersecurity_Assessment = "dpv:CybersecurityAssessment"
    """
    Assessment of cybersecurity capabilities in terms of vulnerabilities and effectiveness of controls
    """
    Cybersecurity_Training = "dpv:CybersecurityTraining"
    """
    Training methods related to cybersecurity
    """
    Data_Protection_Impact_Assessment_LEFT_PARENTHESISDPIARIGHT_PARENTHESIS = "dpv:DPIA"
    """
    Impact assessment determining the potential and actual impact of processing activities on individuals or groups of individuals and taking into account the impacts of activities on their rights and freedoms
    """
    Dashboard_Notice = "dpv:DashboardNotice"
    """
    A notice that is provided within a dashboard also used for other purposes
    """
    Data_Availability_Assessment = "dpv:DataAvailabilityAssessment"
    """
    Measures associated with assessment of availability of data for specific task(s)
    """
    Data_Backup_Protocols = "dpv:DataBackupProtocols"
    """
    Protocols or plans for backing up of data
    """
    Data_Breach_Impact_Assessment_LEFT_PARENTHESISDBIARIGHT_PARENTHESIS = "dpv:DataBreachImpactAssessment"
    """
    Impact Assessment concerning the consequences and impacts of a data breach
    """
    Data_Breach_Notice = "eu-gdpr:DataBreachNotice"
    """
    Notice associated with data breach providing information in compliance with GDPR
    """
    Data_Breach_Notification = "dpv:DataBreachNotification"
    """
    Notification of information about data breach(es) i.e. unauthorised transfer, access, use, or modification of data
    """
    Data_Breach_Record = "dpv:DataBreachRecord"
    """
    Record of a data breach incident
    """
    Data_Deletion_Policy = "dpv:DataDeletionPolicy"
    """
    Policy regarding deletion of data
    """
    Data_Erasure_Policy = "dpv:DataErasurePolicy"
    """
    Policy regarding erasure of data
    """
    Data_Governance = "dpv:DataGovernance"
    """
    Measures associated with topics typically considered to be part of 'Data Governance'
    """
    Data_Handling_Clause = "dpv:DataHandlingClause"
    """
    Contractual clauses governing handling of data within or by an entity
    """
    Data_Interoperability_Assessment = "dpv:DataInteroperabilityAssessment"
    """
    Measures associated with assessment of data interoperability
    """
    Data_Interoperability_Improvement = "dpv:DataInteroperabilityImprovement"
    """
    Measures associated with improvement of data interoperability
    """
    Data_Interoperability_Management = "dpv:DataInteroperabilityManagement"
    """
    Measures associated with management of data interoperability
    """
    Data_Inventory_Management = "dpv:DataInventoryManagement"
    """
    Measures associated with management of data inventory or a data asset list
    """
    Data_Jurisdiction_Policy = "dpv:DataJurisdictionPolicy"
    """
    Policy specifying jurisdictional requirements for data processing
    """
    Data_Literacy = "dpv:DataLiteracy"
    """
    Providing skills, knowledge, and understanding to enable reading, writing, analysing, reasoning, and communicating regarding data
    """
    Data_Processing_Agreement = "dpv:DataProcessingAgreement"
    """
    An agreement outlining conditions, criteria, obligations, responsibilities, and specifics for carrying out processing of data
    """
    Data_Processing_Policy = "dpv:DataProcessingPolicy"
    """
    Policy regarding data processing activities
    """
    Data_Processing_Record = "dpv:DataProcessingRecord"
    """
    Record of data processing, whether ex-ante or ex-post
    """
    Data_Protection_Training = "dpv:DataProtectionTraining"
    """
    Training intended to increase knowledge regarding data protection
    """
    Data_Quality_Assessment = "dpv:DataQualityAssessment"
    """
    Measures associated with assessment of data quality
    """
    Data_Quality_Improvement = "dpv:DataQualityImprovement"
    """
    Measures associated with improvement of data quality
    """
    Data_Quality_Management = "dpv:DataQualityManagement"
    """
    Measures associated with management of data quality
    """
    Data_Redaction = "dpv:DataRedaction"
    """
    Removal of sensitive information from a data or document
    """
    Data_Restoration_Policy = "dpv:DataRestorationPolicy"
    """
    Policy regarding restoration of data
    """
    Data_Reuse_Policy = "dpv:DataReusePolicy"
    """
    Policy regarding reuse of data i.e. using data for purposes other than its initial purpose
    """
    Data_Sanitisation_Technique = "dpv:DataSanitisationTechnique"
    """
    Cleaning or any removal or re-organisation of elements in data based on selective criteria
    """
    Data_Security_Management = "dpv:DataSecurityManagement"
    """
    Measures associated with management of data security
    """
    Data_Storage_Policy = "dpv:DataStoragePolicy"
    """
    Policy regarding storage of data, including the manner, duration, location, and conditions for storage
    """
    Data_Subject_Rights_Management = "dpv:DataSubjectRightsManagement"
    """
    Methods to provide, implement, and exercise data subjects' rights
    """
    Data_Suitability_Assessment = "dpv:DataSuitabilityAssessment"
    """
    Measures associated with assessment of suitability of data for specific task(s)
    """
    Data_Transfer_Impact_Assessment = "dpv:DataTransferImpactAssessment"
    """
    Impact Assessment for conducting data transfers
    """
    Data_Transfer_Notice = "dpv:DataTransferNotice"
    """
    Notice for the legal entity for the transfer of its data
    """
    Data_Transfer_Record = "dpv:DataTransferRecord"
    """
    Record of data transfer activities
    """
    De_Identification = "dpv:Deidentification"
    """
    Removal of identity or information to reduce identifiability
    """
    Design_Standard = "dpv:DesignStandard"
    """
    A set of rules or guidelines outlining criterias for design
    """
    Deterministic_Pseudonymisation = "dpv:DeterministicPseudonymisation"
    """
    Pseudonymisation achieved through a deterministic function
    """
    Device_Notice = "dpv:DeviceNotice"
    """
    A notice provided using the functionality provided by a device e.g. using the popup or alert feature
    """
    Differential_Privacy = "dpv:DifferentialPrivacy"
    """
    Utilisation of differential privacy where information is shared as patterns or groups to withhold individual elements
    """
    Digital_Literacy = "dpv:DigitalLiteracy"
    """
    Providing skills, knowledge, and understanding to enable reading, writing, analysing, reasoning, and communicating regarding digital technologies and their implications
    """
    Digital_Rights_Management = "dpv:DigitalRightsManagement"
    """
    Management of access, use, and other operations associated with digital content
    """
    Digital_Signatures = "dpv:DigitalSignatures"
    """
    Expression and authentication of identity through digital information containing cryptographic signatures
    """
    Disaster_Recovery_Procedures = "dpv:DisasterRecoveryProcedures"
    """
    Procedures related to management of disasters and recovery
    """
    Distributed_System_Security = "dpv:DistributedSystemSecurity"
    """
    Security implementations provided using or over a distributed system
    """
    Document_Randomised_Pseudonymisation = "dpv:DocumentRandomisedPseudonymisation"
    """
    Use of randomised pseudonymisation where the same elements are assigned different values in the same document or database
    """
    Document_Security = "dpv:DocumentSecurity"
    """
    Security measures enacted over documents to protect against tampering or restrict access
    """
    Educational_Training = "dpv:EducationalTraining"
    """
    Training methods that are intended to provide education on topic(s)
    """
    Effectiveness_Determination_Procedures = "dpv:EffectivenessDeterminationProcedures"
    """
    Procedures intended to determine effectiveness of other measures
    """
    Encryption = "dpv:Encryption"
    """
    Technical measures consisting of encryption
    """
    Encryption_at_Rest = "dpv:EncryptionAtRest"
    """
    Encryption of data when being stored (persistent encryption)
    """
    Encryption_in_Transfer = "dpv:EncryptionInTransfer"
    """
    Encryption of data in transit e.g. when being transferred from one location to another, including sharing
    """
    Encryption_in_Use = "dpv:EncryptionInUse"
    """
    Encryption of data when it is being used
    """
    End_to_End_Encryption_LEFT_PARENTHESISE2EERIGHT_PARENTHESIS = "dpv:EndToEndEncryption"
    """
    Encrypted communications where data is encrypted by the sender and decrypted by the intended receiver to prevent access to any third party
    """
    Environmental_Protection = "dpv:EnvironmentalProtection"
    """
    Physical protection against environmental threats such as fire, floods, storms, etc.
    """
    Fundamental_Rights_Impact_Assessment_LEFT_PARENTHESISFRIARIGHT_PARENTHESIS = "dpv:FRIA"
    """
    Impact assessment which assesses the potential and actual impact on fundamental rights occurring due to processing activities
    """
    Fail_Safe_Protocols = "dpv:FailSafeProtocols"
    """
    Use of fail-safe measures and protocols
    """
    File_System_Security = "dpv:FileSystemSecurity"
    """
    Security implemented over a file system
    """
    Fully_Randomised_Pseudonymisation = "dpv:FullyRandomisedPseudonymisation"
    """
    Use of randomised pseudonymisation where the same elements are assigned different values each time they occur
    """
    Governance_Procedures = "dpv:GovernanceProcedures"
    """
    Procedures related to governance (e.g. organisation, unit, team, process, system)
    """
    Graphical_Notice = "dpv:GraphicalNotice"
    """
    A notice that uses graphical elements such as visualisations and icons
    """
    Guideline = "dpv:Guideline"
    """
    Practices that specify how activities must be conducted
    """
    Guidelines_Principle = "dpv:GuidelinesPrinciple"
    """
    Guidelines or Principles regarding processing and operational measures
    """
    Hardware_Security_Protocols = "dpv:HardwareSecurityProtocols"
    """
    Security protocols implemented at or within hardware
    """
    Hash_Functions = "dpv:HashFunctions"
    """
    Use of hash functions to map information or to retrieve a prior categorisation
    """
    Hash_based_Message_Authentication_Code_LEFT_PARENTHESISHMACRIGHT_PARENTHESIS = "dpv:HashMessageAuthenticationCode"
    """
    Use of HMAC where message authentication code (MAC) utilise a cryptographic hash function and a secret cryptographic key
    """
    Homomorphic_Encryption = "dpv:HomomorphicEncryption"
    """
    Use of Homomorphic encryption that permits computations on encrypted data without decrypting it
    """
    Human_Oversight = "dpv:HumanOversight"
    """
    Procedures related to implementing and ensuring human oversight, which includes ability for humans to oversee, understand, control, and reverse processes, and to have sufficient monitoring capability to detect and address anomalies, dysfunctions, or unexpected performance
    """
    Intellectual_Property_Rights_Management = "dpv:IPRManagement"
    """
    Management of Intellectual Property Rights with a view to identify and safeguard and enforce them
    """
    Identity_Management_Method = "dpv:IdentityManagementMethod"
    """
    Management of identity and identity-based processes
    """
    Impact_Assessment = "dpv:ImpactAssessment"
    """
    Calculating or determining the likelihood of impact of an existing or proposed process, which can involve risks or detriments.
    """
    Incident_Management_Procedures = "dpv:IncidentManagementProcedures"
    """
    Procedures related to management of incidents
    """
    Incident_Reporting_Communication = "dpv:IncidentReportingCommunication"
    """
    Procedures related to management of incident reporting
    """
    Information_Audit = "dpv:InformationAudit"
    """
    An audit that systematically examines the existence and use of information along with its associated resources (e.g. where it is stored) and flows (e.g. where it originates and with whom it is being shared)
    """
    Information_Flow_Control = "dpv:InformationFlowControl"
    """
    Use of measures to control information flows
    """
    Information_Security_Policy = "dpv:InformationSecurityPolicy"
    """
    Policy regarding security of information
    """
    Intrusion_Detection_System = "dpv:IntrusionDetectionSystem"
    """
    Use of measures to detect intrusions and other unauthorised attempts to gain access to a system
    """
    Just_in_time_Notice = "dpv:JITNotice"
    """
    A notice that is provided "just in time" when collecting information or performing an activity
    """
    Joint_Data_Controllers_Agreement = "dpv:JointDataControllersAgreement"
    """
    An agreement outlining conditions, criteria, obligations, responsibilities, and specifics for carrying out processing of data between Controllers within a Joint Controllers relationship
    """
    Layered_Notice = "dpv:LayeredNotice"
    """
    A notice that contains layered elements
    """
    Legal_Compliance_Assessment = "dpv:LegalComplianceAssessment"
    """
    Assessment regarding legal compliance
    """
    Legal_Compliance_Audit = "dpv:LegalComplianceAudit"
    """
    An audit that systematically examines the state of legal compliance by reviewing policies and procedures related to obligations and compliance requirements for specific laws and regulations
    """
    Legal_Measure = "dpv:LegalMeasure"
    """
    Legal measures used to safeguard and ensure good practices in connection with data and technologies
    """
    Legitimate_Interest_Assessment = "dpv:LegitimateInterestAssessment"
    """
    Indicates an assessment regarding the use of legitimate interest as a lawful basis by the data controller
    """
    Logging_Policy = "dpv:LoggingPolicy"
    """
    Policy for logging of information
    """
    Management_Standard = "dpv:ManagementStandard"
    """
    A management standard is a standard that establishes norms or requirements regarding the management operations and processes e.g. in an organisation
    """
    Message_Authentication_Codes_LEFT_PARENTHESISMACRIGHT_PARENTHESIS = "dpv:MessageAuthenticationCodes"
    """
    Use of cryptographic methods to authenticate messages
    """
    Metadata_Management = "dpv:MetadataManagement"
    """
    Measures associated with management of metadata
    """
    Mobile_Platform_Security = "dpv:MobilePlatformSecurity"
    """
    Security implemented over a mobile platform
    """
    Monitoring_Policy = "dpv:MonitoringPolicy"
    """
    Policy for monitoring (e.g. progress, performance)
    """
    Monotonic_Counter_Pseudonymisation = "dpv:MonotonicCounterPseudonymisation"
    """
    A simple pseudonymisation method where identifiers are substituted by a number chosen by a monotonic counter
    """
    Multi_Factor_Authentication_LEFT_PARENTHESISMFARIGHT_PARENTHESIS = "dpv:MultiFactorAuthentication"
    """
    An authentication system that uses two or more methods to authenticate
    """
    Non_Disclosure_Agreement_LEFT_PARENTHESISNDARIGHT_PARENTHESIS = "dpv:NDA"
    """
    Non-disclosure Agreements e.g. preserving confidentiality of information
    """
    Network_Proxy_Routing = "dpv:NetworkProxyRouting"
    """
    Use of network routing using proxy
    """
    Network_Security_Protocols = "dpv:NetworkSecurityProtocols"
    """
    Security implemented at or over networks protocols
    """
    Notice = "dpv:Notice"
    """
    A notice is an artefact for providing information, choices, or controls
    """
    Notification = "dpv:Notification"
    """
    Notification represents the provision of a notice i.e. notifying
    """
    Operating_System_Security = "dpv:OperatingSystemSecurity"
    """
    Security implemented at or through operating systems
    """
    Oral_Notice = "dpv:OralNotice"
    """
    A notice provided orally or verbally
    """
    Organisational_Measure = "dpv:OrganisationalMeasure"
    """
    Organisational measures used to safeguard and ensure good practices in connection with data and technologies
    """
    Privacy_Impact_Assessment_LEFT_PARENTHESISPIARIGHT_PARENTHESIS = "dpv:PIA"
    """
    Impact assessment regarding privacy risks
    """
    Password_Authentication = "dpv:PasswordAuthentication"
    """
    Use of passwords to perform authentication
    """
    Penetration_Testing_Methods = "dpv:PenetrationTestingMethods"
    """
    Use of penetration testing to identify weaknesses and vulnerabilities through simulations
    """
    Permission_Management = "dpv:PermissionManagement"
    """
    Methods to obtain, provide, modify, and withdraw permissions along with maintaining a record of permissions, retrieving records, and processing changes in permission states
    """
    Personal_Data_Audit = "dpv:PersonalDataAudit"
    """
    An audit that systematically examines the existence and use of personal data along with its associated resources (e.g. where it is stored) and flows (e.g. where it originates and with whom it is being shared)
    """
    Physical_Access_Control_Method = "dpv:PhysicalAccessControlMethod"
    """
    Access control applied for physical access e.g. premises or equipment
    """
    Physical_Authentication = "dpv:PhysicalAuthentication"
    """
    Physical implementation of authentication e.g. by matching the person to their ID card
    """
    Physical_Authorisation = "dpv:PhysicalAuthorisation"
    """
    Physical implementation of authorisation e.g. by stamping a visitor pass
    """
    Physical_Device_Security = "dpv:PhysicalDeviceSecurity"
    """
    Physical protection for devices and equipment
    """
    Physical_Interception_Protection = "dpv:PhysicalInterceptionProtection"
    """
    Physical protection against interception e.g. by posting a guard
    """
    Physical_Interruption_Protection = "dpv:PhysicalInterruptionProtection"
    """
    Physical protection against interruptions e.g. electrical supply interruption
    """
    Physical_Measure = "dpv:PhysicalMeasure"
    """
    Physical measures used to safeguard and ensure good practices in connection with data and technologies
    """
    Physical_Network_Security = "dpv:PhysicalNetworkSecurity"
    """
    Physical protection for networks and networking related infrastructure e.g. by isolating networking equipments
    """
    Physical_Secure_Storage = "dpv:PhysicalSecureStorage"
    """
    Physical protection for storage of information or equipment e.g. secure storage for files
    """
    Physical_Supply_Security = "dpv:PhysicalSupplySecurity"
    """
    Physically securing the supply of resources
    """
    Physical_Surveillance = "dpv:PhysicalSurveillance"
    """
    Physically monitoring areas via surveillance
    """
    Policy = "dpv:Policy"
    """
    A guidance document outlining any of: procedures, plans, principles, decisions, intent, or protocols.
    """
    Post_Quantum_Cryptography = "dpv:PostQuantumCryptography"
    """
    Use of algorithms that are intended to be secure against cryptanalytic attack by a quantum computer
    """
    Posted_Notice = "dpv:PostedNotice"
    """
    A notice that is posted as a sign or banner
    """
    Principle = "dpv:Principle"
    """
    A representation of values or norms that must be taken into consideration when conducting activities
    """
    Printed_Notice = "dpv:PrintedNotice"
    """
    A notice that is provided in a printed form on or along with a device
    """
    Privacy_by_Default = "dpv:PrivacyByDefault"
    """
    Practices regarding setting the default configurations of information and services to implement data protection and privacy (synonymous with Data Protection by Default)
    """
    Privacy_by_Design = "dpv:PrivacyByDesign"
    """
    Practices regarding incorporating data protection and privacy in the design of information and services (synonymous with Data Protection by Design)
    """
    Privacy_Notice = "dpv:PrivacyNotice"
    """
    Represents a notice or document outlining information regarding privacy
    """
    Privacy_Preserving_Protocol = "dpv:PrivacyPreservingProtocol"
    """
    Use of protocols designed with the intention of provided additional guarantees regarding privacy
    """
    Private_Information_Retrieval = "dpv:PrivateInformationRetrieval"
    """
    Use of cryptographic methods to retrieve a record from a system without revealing which record is retrieved
    """
    Professional_Training = "dpv:ProfessionalTraining"
    """
    Training methods that are intended to provide professional knowledge and expertise
    """
    Pseudonymisation = "eu-gdpr:Pseudonymisation"
    """
    Pseudonymisation’ means the processing of personal data in such a manner that the personal data can no longer be attributed to a specific data subject without the use of additional information, provided that such additional information is kept separately and is subject to technical and organisational measures to ensure that the personal data are not attributed to an identified or identifiable natural person
    """
    Quantum_Cryptography = "dpv:QuantumCryptography"
    """
    Cryptographic methods that utilise quantum mechanical properties to perform cryptographic tasks
    """
    RNG_Pseudonymisation = "dpv:RNGPseudonymisation"
    """
    A pseudonymisation method where identifiers are substituted by a number chosen by a Random Number Generator (RNG)
    """
    Records_of_Processing_Activities = "dpv:ROPA"
    """
    A Record of Processing Activities (ROPA) is a document detailing processing activities
    """
    Recertification_Policy = "dpv:RecertificationPolicy"
    """
    Policy regarding repetition or renewal of existing certification(s)
    """
    Records_of_Activities = "dpv:RecordsOfActivities"
    """
    Records of activities within some context such as maintenance tasks or governance functions
    """
    Regulatory_Sandbox = "dpv:RegulatorySandbox"
    """
    Mechanism used by regulators and businesses for gauging the compatibility of regulations and innovative products, particularly in the context of digitalisation, in a controlled real-world environment with appropriate safeguards in place
    """
    Review_Impact_Assessment = "dpv:ReviewImpactAssessment"
    """
    Procedures to review impact assessments in terms of continued validity, adequacy for intended purposes, and conformance of processes with findings
    """
    Review_Procedure = "dpv:ReviewProcedure"
    """
    A procedure or process that reviews the correctness and validity of other procedures and policies e.g. to ensure continued validity, adequacy for intended purposes, and conformance of processes with findings
    """
    Right_Exercise_Activity = "dpv:RightExerciseActivity"
    """
    An activity representing an exercising of an active right
    """
    Right_Exercise_Notice = "dpv:RightExerciseNotice"
    """
    Information associated with exercising of an active right such as where and how to exercise the right, information required for it, or updates on an exercised rights request
    """
    Right_Exercise_Record = "dpv:RightExerciseRecord"
    """
    Record of a Right being exercised
    """
    Right_Fulfilment_Notice = "dpv:RightFulfilmentNotice"
    """
    Notice provided regarding fulfilment of a right
    """
    Right_Non_Fulfilment_Notice = "dpv:RightNonFulfilmentNotice"
    """
    Notice provided regarding non-fulfilment of a right
    """
    Right_Notice = "dpv:RightNotice"
    """
    Information associated with rights, such as which rights exist, when and where they are applicable, and other relevant information
    """
    Rights_Impact_Assessment = "dpv:RightsImpactAssessment"
    """
    Impact assessment which involves determining the impact on rights and freedoms
    """
    Rights_Management = "dpv:RightsManagement"
    """
    Methods associated with rights management where 'rights' refer to controlling who can do what with a resource
    """
    Risk_Assessment = "dpv:RiskAssessment"
    """
    Assessment involving identification, analysis, and evaluation of risk
    """
    Risk_Mitigation_Measure = "dpv:RiskMitigationMeasure"
    """
    Measures intended to mitigate, minimise, or prevent risk.
    """
    Safeguard = "dpv:Safeguard"
    """
    A safeguard is a precautionary measure for the protection against or mitigation of negative effects
    """
    Safeguard_for_Data_Transfer = "dpv:SafeguardForDataTransfer"
    """
    Represents a safeguard used for data transfer. Can include technical or organisational measures.
    """
    Seal = "dpv:Seal"
    """
    A seal or a mark indicating proof of certification to some certification or standard
    """
    Secret_Sharing_Schemes = "dpv:SecretSharingSchemes"
    """
    Use of secret sharing schemes where the secret can only be reconstructed through combination of sufficient number of individuals
    """
    Secure_Multi_Party_Computation = "dpv:SecureMultiPartyComputation"
    """
    Use of cryptographic methods for entities to jointly compute functions without revealing inputs
    """
    Secure_Processing_Environment = "dpv:SecureProcessingEnvironment"
    """
    A physical or virtual environment supported by organisational means that integrates security and compliance requirements and allows supervising data processing actions
    """
    Security_Assessment = "dpv:SecurityAssessment"
    """
    Assessment of security intended to identify gaps, vulnerabilities, risks, and effectiveness of controls
    """
    Security_Audit = "dpv:SecurityAudit"
    """
    An audit that systematically examines the existence and use of security risks and measures within information systems, networks, and security policies to identify vulnerabilities, risks, and gaps
    """
    Security_Incident_Notice = "dpv:SecurityIncidentNotice"
    """
    A notice providing information about security incident(s)
    """
    Security_Incident_Notification = "dpv:SecurityIncidentNotification"
    """
    Notification of information about security incident(s)
    """
    Security_Incident_Record = "dpv:SecurityIncidentRecord"
    """
    Record of a security incident
    """
    Security_Knowledge_Training = "dpv:SecurityKnowledgeTraining"
    """
    Training intended to increase knowledge regarding security
    """
    Security_Method = "dpv:SecurityMethod"
    """
    Methods that relate to creating and providing security
    """
    Security_Procedure = "dpv:SecurityProcedure"
    """
    Procedures associated with assessing, implementing, and evaluating security
    """
    Security_Role_Procedures = "dpv:SecurityRoleProcedures"
    """
    Procedures related to security roles
    """
    Single_Sign_On = "dpv:SingleSignOn"
    """
    Use of credentials or processes that enable using one set of credentials to authenticate multiple contexts.
    """
    Staff_Training = "dpv:StaffTraining"
    """
    Practices and policies regarding training of staff members
    """
    Standard = "dpv:Standard"
    """
    A set of requirements or norms that are agreed upon i.e. they are considered a 'standard'
    """
    Standards_Conformance = "dpv:StandardsConformance"
    """
    Purposes associated with activities undertaken to ensure or achieve conformance with standards
    """
    Statistical_Confidentiality_Agreement = "dpv:StatisticalConfidentialityAgreement"
    """
    An agreement outlining conditions, criteria, obligations, responsibilities, and specifics for classification and management of 'confidential data' based on a statistical framework
    """
    Sub_Processor_Agreement = "dpv:SubProcessorAgreement"
    """
    An agreement outlining conditions, criteria, obligations, responsibilities, and specifics for carrying out processing of data between a Data Processor and a Data (Sub-)Processor
    """
    Support_Contract_Negotiation = "dpv:SupportContractNegotiation"
    """
    Supporting entities, including individuals, with negotiating a contract and its terms and conditions
    """
    Support_Entity_Decision_Making = "dpv:SupportEntityDecisionMaking"
    """
    Supporting entities, including individuals, in making decisions
    """
    Support_Exchange_of_Views = "dpv:SupportExchangeOfViews"
    """
    Supporting individuals and entities in exchanging views e.g. regarding data processing purposes for their best interests
    """
    Support_Informed_Consent_Decision = "dpv:SupportInformedConsentDecision"
    """
    Supporting individuals with making a decision regarding their informed consent
    """
    Symmetric_Cryptography = "dpv:SymmetricCryptography"
    """
    Use of cryptography where the same keys are utilised for encryption and decryption of information
    """
    Symmetric_Encryption = "dpv:SymmetricEncryption"
    """
    Use of symmetric cryptography to encrypt data
    """
    Technical_Measure = "dpv:TechnicalMeasure"
    """
    Technical measures used to safeguard and ensure good practices in connection with data and technologies
    """
    Technical_and_Organisational_Measure = "dpv:TechnicalOrganisationalMeasure"
    """
    Technical and Organisational measures used to safeguard and ensure good practices in connection with data and technologies
    """
    Technical_Standard = "dpv:TechnicalStandard"
    """
    A technical standard is a standard that establishes norms or requirements regarding technology or technical processes
    """
    Third_Party_Agreement = "dpv:ThirdPartyAgreement"
    """
    An agreement outlining conditions, criteria, obligations, responsibilities, and specifics for carrying out processing of data between a Data Controller or Processor and a Third Party
    """
    Third_Party_Security_Procedures = "dpv:ThirdPartySecurityProcedures"
    """
    Procedures related to security associated with Third Parties
    """
    Trusted_Computing = "dpv:TrustedComputing"
    """
    Use of cryptographic methods to restrict access and execution to trusted parties and code
    """
    Trusted_Execution_Environment = "dpv:TrustedExecutionEnvironment"
    """
    Use of cryptographic methods to restrict access and execution to trusted parties and code within a dedicated execution environment
    """
    Usage_Control = "dpv:UsageControl"
    """
    Management of usage, which is intended to be broader than access control and may cover trust, digital rights, or other relevant controls
    """
    Use_of_Synthetic_Data = "dpv:UseSyntheticData"
    """
    Use of synthetic data to preserve privacy, security, or other effects and side-effects
    """
    Virtualisation_Security = "dpv:VirtualisationSecurity"
    """
    Security implemented at or through virtualised environments
    """
    Vulnerability_Testing_Methods = "dpv:VulnerabilityTestingMethods"
    """
    Methods that assess or discover vulnerabilities in a system
    """
    WebBrowser_Security = "dpv:WebBrowserSecurity"
    """
    Security implemented at or over web browsers
    """
    Web_Security_Protocols = "dpv:WebSecurityProtocols"
    """
    Security implemented at or over web-based protocols
    """
    Wireless_Security_Protocols = "dpv:WirelessSecurityProtocols"
    """
    Security implemented at or over wireless communication protocols
    """
    Zero_Knowledge_Authentication = "dpv:ZeroKnowledgeAuthentication"
    """
    Authentication using Zero-Knowledge proofs
    """
    Art_46LEFT_PARENTHESIS2_bRIGHT_PARENTHESIS_Binding_Corporate_Rules_LEFT_PARENTHESISBCRRIGHT_PARENTHESIS = "eu-gdpr:A46-2-b"
    """
    ‘Binding Corporate Rules’ means personal data protection policies which are adhered to by a controller or processor established on the territory of a Member State for transfers or a set of transfers of personal data to a controller or processor in one or more third countries within a group of undertakings, or group of enterprises engaged in a joint economic activity
    """
    Art_46LEFT_PARENTHESIS2_cRIGHT_PARENTHESIS_Standard_Contractual_Clauses_LEFT_PARENTHESISSCCRIGHT_PARENTHESIS_by_EC = "eu-gdpr:A46-2-c"
    """
    Standard data protection clauses adopted by the Commission
    """
    Art_46LEFT_PARENTHESIS2_dRIGHT_PARENTHESIS_Standard_Contractual_Clauses_LEFT_PARENTHESISSCCRIGHT_PARENTHESIS_by_DPA = "eu-gdpr:A46-2-d"
    """
    Standard data protection clauses adopted by a Supervisory Authority
    """
    Accountability_Principle = "eu-gdpr:AccountabilityPrinciple"
    """
    Principle stating the controller shall be responsible for, and be able to demonstrate compliance with the other principles (from Art.5-1)
    """
    Accuracy_Principle = "eu-gdpr:AccuracyPrinciple"
    """
    Principle stating personal data must be accurate and, where necessary, kept up to date; every reasonable step must be taken to ensure that personal data that are inaccurate, having regard to the purposes for which they are processed, are erased or rectified without delay used for
    """
    AdHoc_Contractual_Clauses = "eu-gdpr:AdHocContractualClauses"
    """
    Contractual Clauses not drafted by the EU Commission, e.g. by the Controller
    """
    Balancing_Test = "eu-gdpr:BalancingTest"
    """
    An assessment of whether the individual's interests override the interests of the controller
    """
    Binding_Corporate_Rules_LEFT_PARENTHESISBCRRIGHT_PARENTHESIS = "eu-gdpr:BindingCorporateRules"
    """
    ‘Binding Corporate Rules’ means personal data protection policies which are adhered to by a controller or processor established on the territory of a Member State for transfers or a set of transfers of personal data to a controller or processor in one or more third countries within a group of undertakings, or group of enterprises engaged in a joint economic activity
    """
    Certification_Mechanisms_for_Data_Transfers = "eu-gdpr:CertificationMechanismsForDataTransfers"
    """
    Certification and its binding or specified mechanisms intended to provide sufficient safeguards for data transfers
    """
    Codes_of_Conduct_for_Data_Transfers = "eu-gdpr:CodesOfConductForDataTransfers"
    """
    Codes of Conduct that outline sufficient safeguards for carrying out data transfers
    """
    Controller_Breach_Notice = "eu-gdpr:ControllerBreachNotice"
    """
    Notice regarding a data breach to the Controller
    """
    DPA_Breach_Initial_Notice = "eu-gdpr:DPABreachInitialNotice"
    """
    Notice sent by a Controller within 72 hours of becoming aware of a personal data breach to the competent DPA, with justifications provided where the notice is made after 72 hours
    """
    DPA_Breach_Notice = "eu-gdpr:DPABreachNotice"
    """
    Notice regarding a data breach to the DPA
    """
    DPA_Bundled_Breach_Notice = "eu-gdpr:DPABundledBreachNotice"
    """
    Notice sent by a Controller to the DPA regarding multiple data breaches concerning the same type of personal data
    """
    DPA_Phased_Breach_Notice = "eu-gdpr:DPAPhasedBreachNotice"
    """
    Notice sent to a DPA in phases i.e. by providing incremental information as it becomes available or is requested following previously submitted notifications
    """
    DPIA_Necessity_Assessment = "eu-gdpr:DPIANecessityAssessment"
    """
    Process that determines whether a DPIA is necessary
    """
    DPIA_Outcome = "eu-gdpr:DPIAOutcome"
    """
    Process representing determining outcome of a DPIA
    """
    DPIA_Procedure = "eu-gdpr:DPIAProcedure"
    """
    Process representing carrying out a DPIA
    """
    Data_Breach_Register = "eu-gdpr:DataBreachRegister"
    """
    Register of data breaches containing facts relating to the personal data breach, its effects and the remedial action taken
    """
    Data_Minimisation_Principle = "eu-gdpr:DataMinimisationPrinciple"
    """
    Principle stating personal data must be processed adequate, relevant and limited to what is necessary in relation to the purposes for which they are processed
    """
    Data_Subject_Breach_Notice = "eu-gdpr:DataSubjectBreachNotice"
    """
    Notice regarding a data breach to the Data Subject
    """
    Data_Transfer_Tool = "eu-gdpr:DataTransferTool"
    """
    A legal instrument or tool intended to assist or justify data transfers
    """
    Direct_Data_Collection_Notice = "eu-gdpr:DirectDataCollectionNotice"
    """
    A Notice provided in fulfilment of GDPR's Art.13 regarding information to be provided where personal data are collected from the data subject
    """
    Fairness_Principle = "eu-gdpr:FairnessPrinciple"
    """
    Principle stating personal data must be processed processed fairly in relation to the data subject
    """
    Indirect_Data_Collection_Notice = "eu-gdpr:IndirectDataCollectionNotice"
    """
    A Notice provided in fulfilment of GDPR's Art.14 regarding information to be provided where personal data are not collected from the data subject
    """
    Integrity_Confidentiality_Principle = "eu-gdpr:IntegrityConfidentialityPrinciple"
    """
    Principle stating personal data must be processed in a manner that ensures appropriate security of the personal data, including protection against unauthorised or unlawful processing and against accidental loss, destruction or damage, using appropriate technical or organisational measures
    """
    Lawfulness_Principle = "eu-gdpr:LawfulnessPrinciple"
    """
    Principle stating personal data must be processed processed in a lawful manner in relation to the data subject
    """
    Necessity_Assessment = "eu-gdpr:NecessityAssessment"
    """
    An assessment of whether the processing of personal data is necessary to achieve the stated aims, where necessary indicates a lack of other means which could have been used instead
    """
    Processor_Breach_Notice = "eu-gdpr:ProcessorBreachNotice"
    """
    Notice regarding a data breach to the Processor
    """
    Proportionality_Assessment = "eu-gdpr:ProportionalityAssessment"
    """
    Proportionality is a general principle of EU law, which when applied for the GDPR requires striking a balance between the processing of personal data and the resulting impacts on rights. More simply, the processing should not result in a disproportionate impact on rights
    """
    Purpose_Compatibility_Assessment = "eu-gdpr:PurposeCompatibilityAssessment"
    """
    An assessment for evaluating the compatibility of the new purpose with the principle of purpose limitation according to the GDPR
    """
    Purpose_Limitation_Principle = "eu-gdpr:PurposeLimitationPrinciple"
    """
    Principle stating personal data collected for specified, explicit and legitimate purposes and not further processed in a manner that is incompatible with those purposes; further processing for archiving purposes in the public interest, scientific or historical research purposes or statistical purposes shall, in accordance with Article 89(1), not be considered to be incompatible with the initial purposes
    """
    Rights_Recipients_Notice = "eu-gdpr:RightsRecipientsNotice"
    """
    A Notice provided in fulfilment of GDPR's Art.19 regarding Recipients to whom a rights exercise has been communicated, such as regarding rectification (A.16) or erasure of personal data (A.17) or restriction of processing (A.18)
    """
    SAR_Notice = "eu-gdpr:SARNotice"
    """
    A Notice provided in fulfilment of GDPR's Art.15 regarding information to be provided for Right of Access or Subject Access Request (SAR)
    """
    SCCs_adopted_by_Commission = "eu-gdpr:SCCByCommission"
    """
    Standard contractual clauses adopted by the Commission in accordance with the examination procedure referred to in GDPR Article 93(2)
    """
    SCCs_adopted_by_Supervisory_Authority = "eu-gdpr:SCCBySupervisoryAuthority"
    """
    Standard data protection clauses adopted by a supervisory authority and approved by the Commission pursuant to the examination procedure referred to in GDPR Article 93(2)
    """
    Standard_Contractual_Clauses_LEFT_PARENTHESISSCCRIGHT_PARENTHESIS = "eu-gdpr:StandardContractualClauses"
    """
    Standard Contractual Clauses (SCCs) are pre-approved clauses by the EU for ensuring appropriate data protection safeguards intended for data transfers from the EU to third countries
    """
    Storage_Limitation_Principle = "eu-gdpr:StorageLimitationPrinciple"
    """
    Principle stating personal data must be kept in a form which permits identification of data subjects for no longer than is necessary for the purposes for which the personal data are processed; personal data may be stored for longer periods insofar as the personal data will be processed solely for archiving purposes in the public interest, scientific or historical research purposes or statistical purposes in accordance with Article 89(1) subject to implementation of the appropriate technical and organisational measures required by this Regulation in order to safeguard the rights and freedoms of the data subject
    """
    Suitability_Assessment = "eu-gdpr:SuitabilityAssessment"
    """
    An assessment of whether the processing of personal data is suitable to achieve the stated aims
    """
    Supplementary_Measure = "eu-gdpr:SupplementaryMeasure"
    """
    Supplementary measures are intended to additionally provide safeguards or guarantees to bring the resulting protection in line with EU requirements
    """
    Transparency_Principle = "eu-gdpr:TransparencyPrinciple"
    """
    Principle stating personal data must be processed processed in a transparent manner in relation to the data subject
    """


class DpvRight(str, Enum):
    """
    Rights (dpv:Right, including the GDPR data-subject rights).
    """
    Active_Right = "dpv:ActiveRight"
    """
    The right(s) applicable, provided, or expected that need to be (actively) exercised
    """
    Data_Subject_Right = "dpv:DataSubjectRight"
    """
    The rights applicable or provided to a Data Subject
    """
    Passive_Right = "dpv:PassiveRight"
    """
    The right(s) applicable, provided, or expected that are always (passively) applicable
    """
    Right = "dpv:Right"
    """
    The right(s) applicable, provided, or expected
    """
    A13_Right_to_be_Informed = "eu-gdpr:A13"
    """
    information to be provided where personal data is directly collected from data subject
    """
    A14_Right_to_be_Informed = "eu-gdpr:A14"
    """
    information to be provided where personal data is collected from other sources
    """
    A15_Right_of_Access = "eu-gdpr:A15"
    """
    Right of access
    """
    A16_Right_to_Rectification = "eu-gdpr:A16"
    """
    Right to rectification
    """
    A17_Right_to_Erasure = "eu-gdpr:A17"
    """
    Right to erasure ('Right to be forgotten')
    """
    A18_Right_to_Restrict_Processing = "eu-gdpr:A18"
    """
    Right to restriction of processing
    """
    A19_Right_to_Rectification_Notification = "eu-gdpr:A19"
    """
    Right to be notified in case of rectification or erasure of personal data or restriction of processing
    """
    A20_Right_to_Data_Portability = "eu-gdpr:A20"
    """
    Right to data portability
    """
    A21_Right_to_object = "eu-gdpr:A21"
    """
    Right to object to processing of personal data
    """
    A22_Right_to_object_to_automated_decision_making = "eu-gdpr:A22"
    """
    Right not to be subject to a decision based solely on automated processing including profiling, and for the data subject to obtain human intervention on the part of the controller for the contested or objected activity, and for the data subject to express his or her point of view, and for the data subject to contest the decision
    """
    A22_Right_to_human_intervention = "eu-gdpr:A22-3-a"
    """
    Right of the data subject to obtain human intervention on the part of the controller for the contested or objected activity
    """
    A22_Right_to_express_point_of_view = "eu-gdpr:A22-3-b"
    """
    Right of the data subject to express his or her point of view
    """
    A22_Right_to_contest_decision = "eu-gdpr:A22-3-c"
    """
    Right of the data subject to contest the decision
    """
    A7_3_Right_to_Withdraw_Consent = "eu-gdpr:A7-3"
    """
    Right to withdraw consent at any time
    """
    A77_Right_to_Complaint = "eu-gdpr:A77"
    """
    Right to lodge a complaint with a supervisory authority
    """
    A78_Right_to_an_effective_judicial_remedy_against_a_supervisory_authority = "eu-gdpr:A78"
    """
    Right to an effective judicial remedy against a legally binding decision of a supervisory authority concerning natural or legal person
    """
    A79_Right_to_an_effective_judicial_remedy_against_a_controller_or_processor = "eu-gdpr:A79"
    """
    Right to an effective judicial remedy where the data subject considers that his or her rights have been infringed as a result of the processing of his or her personal data
    """


class DpvLocation(str, Enum):
    """
    Countries, supranational unions and inverse jurisdictions such as loc:non-EU.
    """
    Country = "dpv:Country"
    """
    A political entity indicative of a sovereign or non-sovereign territorial state comprising of distinct geographical areas
    """
    Inverse_Jurisdiction = "dpv:InverseJurisdiction"
    """
    An inverse jurisdiction for a specific jurisdiction is the set of all other jurisdictions that are not part of the specific jurisdiction
    """
    Supranational_Union = "dpv:SupraNationalUnion"
    """
    A political union of two or more countries with an establishment of common authority
    """
    Andorra = "loc:AD"
    """
    Concept representing Country of Andorra
    """
    United_Arab_Emirates = "loc:AE"
    """
    Concept representing Country of United Arab Emirates
    """
    Afghanistan = "loc:AF"
    """
    Concept representing Country of Afghanistan
    """
    Antigua_and_Barbuda = "loc:AG"
    """
    Concept representing Country of Antigua and Barbuda
    """
    Anguilla = "loc:AI"
    """
    Concept representing Country of Anguilla
    """
    Albania = "loc:AL"
    """
    Concept representing Country of Albania
    """
    Armenia = "loc:AM"
    """
    Concept representing Country of Armenia
    """
    Angola = "loc:AO"
    """
    Concept representing Country of Angola
    """
    Antarctica = "loc:AQ"
    """
    Concept representing Country of Antarctica
    """
    Argentina = "loc:AR"
    """
    Concept representing Country of Argentina
    """
    American_Samoa = "loc:AS"
    """
    Concept representing Country of American Samoa
    """
    Austria = "loc:AT"
    """
    Concept representing Country of Austria
    """
    Australia = "loc:AU"
    """
    Concept representing Country of Australia
    """
    Aruba = "loc:AW"
    """
    Concept representing Conutry of Aruba
    """
    Åland_Islands = "loc:AX"
    """
    Concept representing Country of Åland Islands
    """
    Azerbaijan = "loc:AZ"
    """
    Concept representing Country of Azerbaijan
    """
    Bosnia_and_Herzegovina = "loc:BA"
    """
    Concept representing Country of Bosnia and Herzegovina
    """
    Barbados = "loc:BB"
    """
    Concept representing Country of Barbados
    """
    Bangladesh = "loc:BD"
    """
    Concept representing Country of Bangladesh
    """
    Belgium = "loc:BE"
    """
    Concept representing Country of Belgium
    """
    Burkina_Faso = "loc:BF"
    """
    Concept representing Country of Burkina Faso
    """
    Bulgaria = "loc:BG"
    """
    Concept representing Country of Bulgaria
    """
    Bahrain = "loc:BH"
    """
    Concept representing Country of Bahrain
    """
    Burundi = "loc:BI"
    """
    Concept representing Country of Burundi
    """
    Benin = "loc:BJ"
    """
    Concept representing Country of Benin
    """
    Saint_Barthélemy = "loc:BL"
    """
    Concept representing Country of Saint Barthélemy
    """
    Bermuda = "loc:BM"
    """
    Concept representing Country of Bermuda
    """
    Brunei_Darussalam = "loc:BN"
    """
    Concept representing Country of Brunei Darussalam
    """
    Bolivia_LEFT_PARENTHESISPlurinational_State_ofRIGHT_PARENTHESIS = "loc:BO"
    """
    Concept representing Country of Bolivia (Plurinational State of)
    """
    Bonaire_Sint_Eustatius_and_Saba = "loc:BQ"
    """
    Concept representing Country of Bonaire, Sint Eustatius and Saba
    """
    Brazil = "loc:BR"
    """
    Concept representing Country of Brazil
    """
    Bahamas = "loc:BS"
    """
    Concept representing Country of Bahamas
    """
    Bhutan = "loc:BT"
    """
    Concept representing Country of Bhutan
    """
    Bouvet_Island = "loc:BV"
    """
    Concept representing Country of Bouvet Island
    """
    Botswana = "loc:BW"
    """
    Concept representing Country of Botswana
    """
    Belarus = "loc:BY"
    """
    Concept representing Country of Belarus
    """
    Belize = "loc:BZ"
    """
    Concept representing Country of Belize
    """
    Canada = "loc:CA"
    """
    Concept representing Country of Canada
    """
    Cocos_LEFT_PARENTHESISKeelingRIGHT_PARENTHESIS_Islands = "loc:CC"
    """
    Concept representing Country of Cocos (Keeling) Islands
    """
    Democratic_Republic_of_the_Congo = "loc:CD"
    """
    Concept representing Country of Democratic Republic of the Congo
    """
    Central_African_Republic = "loc:CF"
    """
    Concept representing Country of Central African Republic
    """
    Congo = "loc:CG"
    """
    Concept representing Country of Congo
    """
    Switzerland = "loc:CH"
    """
    Concept representing Country of Switzerland
    """
    Côte_dRIGHT_SINGLE_QUOTATION_MARKIvoire = "loc:CI"
    """
    Concept representing Country of Côte d’Ivoire
    """
    Cook_Islands = "loc:CK"
    """
    Concept representing Country of Cook Islands
    """
    Chile = "loc:CL"
    """
    Concept representing Country of Chile
    """
    Cameroon = "loc:CM"
    """
    Concept representing Country of Cameroon
    """
    China = "loc:CN"
    """
    Concept representing Country of China
    """
    Colombia = "loc:CO"
    """
    Concept representing Country of Colombia
    """
    Costa_Rica = "loc:CR"
    """
    Concept representing Country of Costa Rica
    """
    Cuba = "loc:CU"
    """
    Concept representing Country of Cuba
    """
    Cabo_Verde = "loc:CV"
    """
    Concept representing Country of Cabo Verde
    """
    Curaçao = "loc:CW"
    """
    Concept representing Country of Curaçao
    """
    Christmas_Island = "loc:CX"
    """
    Concept representing Country of Christmas Island
    """
    Cyprus = "loc:CY"
    """
    Concept representing Country of Cyprus
    """
    Czechia = "loc:CZ"
    """
    Concept representing Country of Czechia
    """
    Germany = "loc:DE"
    """
    Concept representing Country of Germany
    """
    Djibouti = "loc:DJ"
    """
    Concept representing Country of Djibouti
    """
    Denmark = "loc:DK"
    """
    Concept representing Country of Denmark
    """
    Dominica = "loc:DM"
    """
    Concept representing Country of Dominica
    """
    Dominican_Republic = "loc:DO"
    """
    Concept representing Country of Dominican Republic
    """
    Algeria = "loc:DZ"
    """
    Concept representing Country of Algeria
    """
    Ecuador = "loc:EC"
    """
    Concept representing Country of Ecuador
    """
    Estonia = "loc:EE"
    """
    Concept representing Country of Estonia
    """
    European_Economic_Area_LEFT_PARENTHESISEEARIGHT_PARENTHESIS = "loc:EEA"
    """
    Concept representing the latest membership of European Economic Area (EEA)
    """
    EEA_30_Member_States = "loc:EEA30"
    """
    Concept representing current EEA with 30 Member States that became active from 2020 with exit of UK from EEA31 after Brexit
    """
    EEA_31_Member_States = "loc:EEA31"
    """
    Concept representing previous EEA with 31 Member States that was active from 2014 and concluded with the exit of UK in 2022 after Brexit
    """
    Egypt = "loc:EG"
    """
    Concept representing Country of Egypt
    """
    Western_Sahara = "loc:EH"
    """
    Concept representing Country of Western Sahara
    """
    Eritrea = "loc:ER"
    """
    Concept representing Country of Eritrea
    """
    Spain = "loc:ES"
    """
    Concept representing Country of Spain
    """
    Ethiopia = "loc:ET"
    """
    Concept representing Country of Ethiopia
    """
    European_Union_LEFT_PARENTHESISEURIGHT_PARENTHESIS = "loc:EU"
    """
    Concept representing the latest membership of European Union (EU)
    """
    EU_27_Member_States = "loc:EU27"
    """
    Concept representing current EU with 27 Member States that became active from 2020 with exit of UK from EU28 after Brexit
    """
    EU_28_Member_States = "loc:EU28"
    """
    Concept representing previous EU with 28 Member States that was active from 2014 and concluded with the exit of UK in 2022 after Brexit
    """
    Finland = "loc:FI"
    """
    Concept representing Country of Finland
    """
    Fiji = "loc:FJ"
    """
    Concept representing Country of Fiji
    """
    Falkland_Islands_LEFT_PARENTHESISMalvinasRIGHT_PARENTHESIS = "loc:FK"
    """
    Concept representing Country of Falkland Islands (Malvinas)
    """
    Micronesia_LEFT_PARENTHESISFederated_States_ofRIGHT_PARENTHESIS = "loc:FM"
    """
    Concept representing Country of Micronesia (Federated States of)
    """
    Faroe_Islands = "loc:FO"
    """
    Concept representing Country of Faroe Islands
    """
    France = "loc:FR"
    """
    Concept representing Country of France
    """
    Gabon = "loc:GA"
    """
    Concept representing Country of Gabon
    """
    United_Kingdom_of_Great_Britain_and_Northern_Ireland = "loc:GB"
    """
    Concept representing Country of United Kingdom of Great Britain and Northern Ireland
    """
    Grenada = "loc:GD"
    """
    Concept representing Country of Grenada
    """
    Georgia = "loc:GE"
    """
    Concept representing Country of Georgia
    """
    French_Guiana = "loc:GF"
    """
    Concept representing Country of French Guiana
    """
    Guernsey = "loc:GG"
    """
    Concept representing Country of Guernsey
    """
    Ghana = "loc:GH"
    """
    Concept representing Country of Ghana
    """
    Gibraltar = "loc:GI"
    """
    Concept representing Country of Gibraltar
    """
    Greenland = "loc:GL"
    """
    Concept representing Country of Greenland
    """
    Gambia = "loc:GM"
    """
    Concept representing Country of Gambia
    """
    Guinea = "loc:GN"
    """
    Concept representing Country of Guinea
    """
    Guadeloupe = "loc:GP"
    """
    Concept representing Country of Guadeloupe
    """
    Equatorial_Guinea = "loc:GQ"
    """
    Concept representing Country of Equatorial Guinea
    """
    Greece = "loc:GR"
    """
    Concept representing Country of Greece
    """
    South_Georgia_and_the_South_Sandwich_Islands = "loc:GS"
    """
    Concept representing Country of South Georgia and the South Sandwich Islands
    """
    Guatemala = "loc:GT"
    """
    Concept representing Country of Guatemala
    """
    Guam = "loc:GU"
    """
    Concept representing Country of Guam
    """
    Guinea_Bissau = "loc:GW"
    """
    Concept representing Country of Guinea-Bissau
    """
    Guyana = "loc:GY"
    """
    Concept representing Country of Guyana
    """
    China_Hong_Kong_Special_Administrative_Region = "loc:HK"
    """
    Concept representing Country of Hong Kong
    """
    Heard_Island_and_McDonald_Islands = "loc:HM"
    """
    Concept representing Country of Heard Island and McDonald Islands
    """
    Honduras = "loc:HN"
    """
    Concept representing Country of Honduras
    """
    Croatia = "loc:HR"
    """
    Concept representing Country of Croatia
    """
    Haiti = "loc:HT"
    """
    Concept representing Country of Haiti
    """
    Hungary = "loc:HU"
    """
    Concept representing Country of Hungary
    """
    Indonesia = "loc:ID"
    """
    Concept representing Country of Indonesia
    """
    Ireland = "loc:IE"
    """
    Concept representing Country of Ireland
    """
    Israel = "loc:IL"
    """
    Concept representing Country of Israel
    """
    Isle_of_Man = "loc:IM"
    """
    Concept representing Country of Isle of Man
    """
    India = "loc:IN"
    """
    Concept representing Country of India
    """
    British_Indian_Ocean_Territory = "loc:IO"
    """
    Concept representing Country of British Indian Ocean Territory
    """
    Iraq = "loc:IQ"
    """
    Concept representing Country of Iraq
    """
    Iran_LEFT_PARENTHESISIslamic_Republic_ofRIGHT_PARENTHESIS = "loc:IR"
    """
    Concept representing Country of Iran (Islamic Republic of)
    """
    Iceland = "loc:IS"
    """
    Concept representing Country of Iceland
    """
    Italy = "loc:IT"
    """
    Concept representing Country of Italy
    """
    Jersey = "loc:JE"
    """
    Concept representing Country of Jersey
    """
    Jamaica = "loc:JM"
    """
    Concept representing Country of Jamaica
    """
    Jordan = "loc:JO"
    """
    Concept representing Country of Jordan
    """
    Japan = "loc:JP"
    """
    Concept representing Country of Japan
    """
    Kenya = "loc:KE"
    """
    Concept representing Country of Kenya
    """
    Kyrgyzstan = "loc:KG"
    """
    Concept representing Country of Kyrgyzstan
    """
    Cambodia = "loc:KH"
    """
    Concept representing Country of Cambodia
    """
    Kiribati = "loc:KI"
    """
    Concept representing Country of Kiribati
    """
    Comoros = "loc:KM"
    """
    Concept representing Country of Comoros
    """
    Saint_Kitts_and_Nevis = "loc:KN"
    """
    Concept representing Country of Saint Kitts and Nevis
    """
    Democratic_PeopleAPOSTROPHEs_Republic_of_Korea = "loc:KP"
    """
    Concept representing Country of Democratic People's Republic of Korea
    """
    Republic_of_Korea = "loc:KR"
    """
    Concept representing Country of Republic of Korea
    """
    Kuwait = "loc:KW"
    """
    Concept representing Country of Kuwait
    """
    Cayman_Islands = "loc:KY"
    """
    Concept representing Country of Cayman Islands
    """
    Kazakhstan = "loc:KZ"
    """
    Concept representing Country of Kazakhstan
    """
    Lao_PeopleAPOSTROPHEs_Democratic_Republic = "loc:LA"
    """
    Concept representing Country of Lao People's Democratic Republic
    """
    Lebanon = "loc:LB"
    """
    Concept representing Country of Lebanon
    """
    Saint_Lucia = "loc:LC"
    """
    Concept representing Country of Saint Lucia
    """
    Liechtenstein = "loc:LI"
    """
    Concept representing Country of Liechtenstein
    """
    Sri_Lanka = "loc:LK"
    """
    Concept representing Country of Sri Lanka
    """
    Liberia = "loc:LR"
    """
    Concept representing Country of Liberia
    """
    Lesotho = "loc:LS"
    """
    Concept representing Country of Lesotho
    """
    Lithuania = "loc:LT"
    """
    Concept representing Country of Lithuania
    """
    Luxembourg = "loc:LU"
    """
    Concept representing Country of Luxembourg
    """
    Latvia = "loc:LV"
    """
    Concept representing Country of Latvia
    """
    Libya = "loc:LY"
    """
    Concept representing Country of Libya
    """
    Morocco = "loc:MA"
    """
    Concept representing Country of Morocco
    """
    Monaco = "loc:MC"
    """
    Concept representing Country of Monaco
    """
    Republic_of_Moldova = "loc:MD"
    """
    Concept representing Country of Republic of Moldova
    """
    Montenegro = "loc:ME"
    """
    Concept representing Country of Montenegro
    """
    Saint_Martin_LEFT_PARENTHESISFrench_PartRIGHT_PARENTHESIS = "loc:MF"
    """
    Concept representing Country of Saint Martin (French Part)
    """
    Madagascar = "loc:MG"
    """
    Concept representing Country of Madagascar
    """
    Marshall_Islands = "loc:MH"
    """
    Concept representing Country of Marshall Islands
    """
    North_Macedonia = "loc:MK"
    """
    Concept representing Country of North Macedonia
    """
    Mali = "loc:ML"
    """
    Concept representing Country of Mali
    """
    Myanmar = "loc:MM"
    """
    Concept representing Country of Myanmar
    """
    Mongolia = "loc:MN"
    """
    Concept representing Country of Mongolia
    """
    China_Macao_Special_Administrative_Region = "loc:MO"
    """
    Concept representing Country of Macao
    """
    Northern_Mariana_Islands = "loc:MP"
    """
    Concept representing Country of Northern Mariana Islands
    """
    Martinique = "loc:MQ"
    """
    Concept representing Country of Martinique
    """
    Mauritania = "loc:MR"
    """
    Concept representing Country of Mauritania
    """
    Montserrat = "loc:MS"
    """
    Concept representing Country of Montserrat
    """
    Malta = "loc:MT"
    """
    Concept representing Country of Malta
    """
    Mauritius = "loc:MU"
    """
    Concept representing Country of Mauritius
    """
    Maldives = "loc:MV"
    """
    Concept representing Country of Maldives
    """
    Malawi = "loc:MW"
    """
    Concept representing Country of Malawi
    """
    Mexico = "loc:MX"
    """
    Concept representing Country of Mexico
    """
    Malaysia = "loc:MY"
    """
    Concept representing Country of Malaysia
    """
    Mozambique = "loc:MZ"
    """
    Concept representing Country of Mozambique
    """
    Namibia = "loc:NA"
    """
    Concept representing Country of Namibia
    """
    New_Caledonia = "loc:NC"
    """
    Concept representing Country of New Caledonia
    """
    Niger = "loc:NE"
    """
    Concept representing Country of Niger
    """
    Norfolk_Island = "loc:NF"
    """
    Concept representing Country of Norfolk Island
    """
    Nigeria = "loc:NG"
    """
    Concept representing Country of Nigeria
    """
    Nicaragua = "loc:NI"
    """
    Concept representing Country of Nicaragua
    """
    Netherlands = "loc:NL"
    """
    Concept representing Country of Netherlands
    """
    Norway = "loc:NO"
    """
    Concept representing Country of Norway
    """
    Nepal = "loc:NP"
    """
    Concept representing Country of Nepal
    """
    Nauru = "loc:NR"
    """
    Concept representing Country of Nauru
    """
    Niue = "loc:NU"
    """
    Concept representing Country of Niue
    """
    New_Zealand = "loc:NZ"
    """
    Concept representing Country of New Zealand
    """
    Oman = "loc:OM"
    """
    Concept representing Country of Oman
    """
    Panama = "loc:PA"
    """
    Concept representing Country of Panama
    """
    Peru = "loc:PE"
    """
    Concept representing Country of Peru
    """
    French_Polynesia = "loc:PF"
    """
    Concept representing Country of French Polynesia
    """
    Papua_New_Guinea = "loc:PG"
    """
    Concept representing Country of Papua New Guinea
    """
    Philippines = "loc:PH"
    """
    Concept representing Country of Philippines
    """
    Pakistan = "loc:PK"
    """
    Concept representing Country of Pakistan
    """
    Poland = "loc:PL"
    """
    Concept representing Country of Poland
    """
    Saint_Pierre_and_Miquelon = "loc:PM"
    """
    Concept representing Country of Saint Pierre and Miquelon
    """
    Pitcairn = "loc:PN"
    """
    Concept representing Country of Pitcairn
    """
    Puerto_Rico = "loc:PR"
    """
    Concept representing Country of Puerto Rico
    """
    State_of_Palestine = "loc:PS"
    """
    Concept representing Country of State of Palestine
    """
    Portugal = "loc:PT"
    """
    Concept representing Country of Portugal
    """
    Palau = "loc:PW"
    """
    Concept representing Country of Palau
    """
    Paraguay = "loc:PY"
    """
    Concept representing Country of Paraguay
    """
    Qatar = "loc:QA"
    """
    Concept representing Country of Qatar
    """
    Réunion = "loc:RE"
    """
    Concept representing Country of Réunion
    """
    Romania = "loc:RO"
    """
    Concept representing Country of Romania
    """
    Serbia = "loc:RS"
    """
    Concept representing Country of Serbia
    """
    Russian_Federation = "loc:RU"
    """
    Concept representing Country of Russian Federation
    """
    Rwanda = "loc:RW"
    """
    Concept representing Country of Rwanda
    """
    Saudi_Arabia = "loc:SA"
    """
    Concept representing Country of Saudi Arabia
    """
    Solomon_Islands = "loc:SB"
    """
    Concept representing Country of Solomon Islands
    """
    Seychelles = "loc:SC"
    """
    Concept representing Country of Seychelles
    """
    Sudan = "loc:SD"
    """
    Concept representing Country of Sudan
    """
    Sweden = "loc:SE"
    """
    Concept representing Country of Sweden
    """
    Singapore = "loc:SG"
    """
    Concept representing Country of Singapore
    """
    Saint_Helena = "loc:SH"
    """
    Concept representing Country of Saint Helena
    """
    Slovenia = "loc:SI"
    """
    Concept representing Country of Slovenia
    """
    Svalbard_and_Jan_Mayen_Islands = "loc:SJ"
    """
    Concept representing Country of Svalbard and Jan Mayen Islands
    """
    Slovakia = "loc:SK"
    """
    Concept representing Country of Slovakia
    """
    Sierra_Leone = "loc:SL"
    """
    Concept representing Country of Sierra Leone
    """
    San_Marino = "loc:SM"
    """
    Concept representing Country of San Marino
    """
    Senegal = "loc:SN"
    """
    Concept representing Country of Senegal
    """
    Somalia = "loc:SO"
    """
    Concept representing Country of Somalia
    """
    Suriname = "loc:SR"
    """
    Concept representing Country of Suriname
    """
    South_Sudan = "loc:SS"
    """
    Concept representing Country of South Sudan
    """
    Sao_Tome_and_Principe = "loc:ST"
    """
    Concept representing Country of Sao Tome and Principe
    """
    El_Salvador = "loc:SV"
    """
    Concept representing Country of El Salvador
    """
    Sint_Maarten_LEFT_PARENTHESISDutch_partRIGHT_PARENTHESIS = "loc:SX"
    """
    Concept representing Country of Sint Maarten (Dutch part)
    """
    Syrian_Arab_Republic = "loc:SY"
    """
    Concept representing Country of Syrian Arab Republic
    """
    Eswatini = "loc:SZ"
    """
    Concept representing Country of Eswatini
    """
    Turks_and_Caicos_Islands = "loc:TC"
    """
    Concept representing Country of Turks and Caicos Islands
    """
    Chad = "loc:TD"
    """
    Concept representing Country of Chad
    """
    French_Southern_Territories = "loc:TF"
    """
    Concept representing Country of French Southern Territories
    """
    Togo = "loc:TG"
    """
    Concept representing Country of Togo
    """
    Thailand = "loc:TH"
    """
    Concept representing Country of Thailand
    """
    Tajikistan = "loc:TJ"
    """
    Concept representing Country of Tajikistan
    """
    Tokelau = "loc:TK"
    """
    Concept representing Country of Tokelau
    """
    Timor_Leste = "loc:TL"
    """
    Concept representing Country of Timor-Leste
    """
    Turkmenistan = "loc:TM"
    """
    Concept representing Country of Turkmenistan
    """
    Tunisia = "loc:TN"
    """
    Concept representing Country of Tunisia
    """
    Tonga = "loc:TO"
    """
    Concept representing Country of Tonga
    """
    Turkey = "loc:TR"
    """
    Concept representing Country of Turkey
    """
    Trinidad_and_Tobago = "loc:TT"
    """
    Concept representing Country of Trinidad and Tobago
    """
    Tuvalu = "loc:TV"
    """
    Concept representing Country of Tuvalu
    """
    Taiwan_LEFT_PARENTHESISProvince_of_ChinaRIGHT_PARENTHESIS = "loc:TW"
    """
    Concept representing Country of Taiwan (Province of China)
    """
    United_Republic_of_Tanzania = "loc:TZ"
    """
    Concept representing Country of United Republic of Tanzania
    """
    Ukraine = "loc:UA"
    """
    Concept representing Country of Ukraine
    """
    Uganda = "loc:UG"
    """
    Concept representing Country of Uganda
    """
    United_States_Minor_Outlying_Islands = "loc:UM"
    """
    Concept representing Country of United States Minor Outlying Islands
    """
    United_States_of_America = "loc:US"
    """
    Concept representing Country of United States of America
    """
    Uruguay = "loc:UY"
    """
    Concept representing Country of Uruguay
    """
    Uzbekistan = "loc:UZ"
    """
    Concept representing Country of Uzbekistan
    """
    Holy_See = "loc:VA"
    """
    Concept representing Country of Holy See
    """
    Saint_Vincent_and_the_Grenadines = "loc:VC"
    """
    Concept representing Country of Saint Vincent and the Grenadines
    """
    Venezuela_LEFT_PARENTHESISBolivarian_Republic_ofRIGHT_PARENTHESIS = "loc:VE"
    """
    Concept representing Country of Venezuela (Bolivarian Republic of)
    """
    British_Virgin_Islands = "loc:VG"
    """
    Concept representing Country of British Virgin Islands
    """
    United_States_Virgin_Islands = "loc:VI"
    """
    Concept representing Country of United States Virgin Islands
    """
    Viet_Nam = "loc:VN"
    """
    Concept representing Country of Vietnam
    """
    Vanuatu = "loc:VU"
    """
    Concept representing Country of Vanuatu
    """
    Wallis_and_Futuna_Islands = "loc:WF"
    """
    Concept representing Country of Wallis and Futuna Islands
    """
    Samoa = "loc:WS"
    """
    Concept representing Country of Samoa
    """
    Yemen = "loc:YE"
    """
    Concept representing Country of Yemen
    """
    Mayotte = "loc:YT"
    """
    Concept representing Country of Mayotte
    """
    South_Africa = "loc:ZA"
    """
    Concept representing Country of South Africa
    """
    Zambia = "loc:ZM"
    """
    Concept representing Country of Zambia
    """
    Zimbabwe = "loc:ZW"
    """
    Concept representing Country of Zimbabwe
    """
    non_AD = "loc:non-AD"
    """
    Set of jurisdictions that are not in AD
    """
    non_AE = "loc:non-AE"
    """
    Set of jurisdictions that are not in AE
    """
    non_AF = "loc:non-AF"
    """
    Set of jurisdictions that are not in AF
    """
    non_AG = "loc:non-AG"
    """
    Set of jurisdictions that are not in AG
    """
    non_AI = "loc:non-AI"
    """
    Set of jurisdictions that are not in AI
    """
    non_AL = "loc:non-AL"
    """
    Set of jurisdictions that are not in AL
    """
    non_AM = "loc:non-AM"
    """
    Set of jurisdictions that are not in AM
    """
    non_AO = "loc:non-AO"
    """
    Set of jurisdictions that are not in AO
    """
    non_AQ = "loc:non-AQ"
    """
    Set of jurisdictions that are not in AQ
    """
    non_AR = "loc:non-AR"
    """
    Set of jurisdictions that are not in AR
    """
    non_AS = "loc:non-AS"
    """
    Set of jurisdictions that are not in AS
    """
    non_AT = "loc:non-AT"
    """
    Set of jurisdictions that are not in AT
    """
    non_AU = "loc:non-AU"
    """
    Set of jurisdictions that are not in AU
    """
    non_AW = "loc:non-AW"
    """
    Set of jurisdictions that are not in AW
    """
    non_AX = "loc:non-AX"
    """
    Set of jurisdictions that are not in AX
    """
    non_AZ = "loc:non-AZ"
    """
    Set of jurisdictions that are not in AZ
    """
    non_BA = "loc:non-BA"
    """
    Set of jurisdictions that are not in BA
    """
    non_BB = "loc:non-BB"
    """
    Set of jurisdictions that are not in BB
    """
    non_BD = "loc:non-BD"
    """
    Set of jurisdictions that are not in BD
    """
    non_BE = "loc:non-BE"
    """
    Set of jurisdictions that are not in BE
    """
    non_BF = "loc:non-BF"
    """
    Set of jurisdictions that are not in BF
    """
    non_BG = "loc:non-BG"
    """
    Set of jurisdictions that are not in BG
    """
    non_BH = "loc:non-BH"
    """
    Set of jurisdictions that are not in BH
    """
    non_BI = "loc:non-BI"
    """
    Set of jurisdictions that are not in BI
    """
    non_BJ = "loc:non-BJ"
    """
    Set of jurisdictions that are not in BJ
    """
    non_BL = "loc:non-BL"
    """
    Set of jurisdictions that are not in BL
    """
    non_BM = "loc:non-BM"
    """
    Set of jurisdictions that are not in BM
    """
    non_BN = "loc:non-BN"
    """
    Set of jurisdictions that are not in BN
    """
    non_BO = "loc:non-BO"
    """
    Set of jurisdictions that are not in BO
    """
    non_BQ = "loc:non-BQ"
    """
    Set of jurisdictions that are not in BQ
    """
    non_BR = "loc:non-BR"
    """
    Set of jurisdictions that are not in BR
    """
    non_BS = "loc:non-BS"
    """
    Set of jurisdictions that are not in BS
    """
    non_BT = "loc:non-BT"
    """
    Set of jurisdictions that are not in BT
    """
    non_BV = "loc:non-BV"
    """
    Set of jurisdictions that are not in BV
    """
    non_BW = "loc:non-BW"
    """
    Set of jurisdictions that are not in BW
    """
    non_BY = "loc:non-BY"
    """
    Set of jurisdictions that are not in BY
    """
    non_BZ = "loc:non-BZ"
    """
    Set of jurisdictions that are not in BZ
    """
    non_CA = "loc:non-CA"
    """
    Set of jurisdictions that are not in CA
    """
    non_CC = "loc:non-CC"
    """
    Set of jurisdictions that are not in CC
    """
    non_CD = "loc:non-CD"
    """
    Set of jurisdictions that are not in CD
    """
    non_CF = "loc:non-CF"
    """
    Set of jurisdictions that are not in CF
    """
    non_CG = "loc:non-CG"
    """
    Set of jurisdictions that are not in CG
    """
    non_CH = "loc:non-CH"
    """
    Set of jurisdictions that are not in CH
    """
    non_CI = "loc:non-CI"
    """
    Set of jurisdictions that are not in CI
    """
    non_CK = "loc:non-CK"
    """
    Set of jurisdictions that are not in CK
    """
    non_CL = "loc:non-CL"
    """
    Set of jurisdictions that are not in CL
    """
    non_CM = "loc:non-CM"
    """
    Set of jurisdictions that are not in CM
    """
    non_CN = "loc:non-CN"
    """
    Set of jurisdictions that are not in CN
    """
    non_CO = "loc:non-CO"
    """
    Set of jurisdictions that are not in CO
    """
    non_CR = "loc:non-CR"
    """
    Set of jurisdictions that are not in CR
    """
    non_CU = "loc:non-CU"
    """
    Set of jurisdictions that are not in CU
    """
    non_CV = "loc:non-CV"
    """
    Set of jurisdictions that are not in CV
    """
    non_CW = "loc:non-CW"
    """
    Set of jurisdictions that are not in CW
    """
    non_CX = "loc:non-CX"
    """
    Set of jurisdictions that are not in CX
    """
    non_CY = "loc:non-CY"
    """
    Set of jurisdictions that are not in CY
    """
    non_CZ = "loc:non-CZ"
    """
    Set of jurisdictions that are not in CZ
    """
    non_DE = "loc:non-DE"
    """
    Set of jurisdictions that are not in DE
    """
    non_DJ = "loc:non-DJ"
    """
    Set of jurisdictions that are not in DJ
    """
    non_DK = "loc:non-DK"
    """
    Set of jurisdictions that are not in DK
    """
    non_DM = "loc:non-DM"
    """
    Set of jurisdictions that are not in DM
    """
    non_DO = "loc:non-DO"
    """
    Set of jurisdictions that are not in DO
    """
    non_DZ = "loc:non-DZ"
    """
    Set of jurisdictions that are not in DZ
    """
    non_EC = "loc:non-EC"
    """
    Set of jurisdictions that are not in EC
    """
    non_EE = "loc:non-EE"
    """
    Set of jurisdictions that are not in EE
    """
    non_EEA = "loc:non-EEA"
    """
    Set of jurisdictions that are not in EEA
    """
    non_EEA30 = "loc:non-EEA30"
    """
    Set of jurisdictions that are not in EEA30
    """
    non_EEA31 = "loc:non-EEA31"
    """
    Set of jurisdictions that are not in EEA31
    """
    non_EG = "loc:non-EG"
    """
    Set of jurisdictions that are not in EG
    """
    non_EH = "loc:non-EH"
    """
    Set of jurisdictions that are not in EH
    """
    non_ER = "loc:non-ER"
    """
    Set of jurisdictions that are not in ER
    """
    non_ES = "loc:non-ES"
    """
    Set of jurisdictions that are not in ES
    """
    non_ET = "loc:non-ET"
    """
    Set of jurisdictions that are not in ET
    """
    non_EU = "loc:non-EU"
    """
    Set of jurisdictions that are not in EU
    """
    non_EU27 = "loc:non-EU27"
    """
    Set of jurisdictions that are not in EU27
    """
    non_EU28 = "loc:non-EU28"
    """
    Set of jurisdictions that are not in EU28
    """
    non_FI = "loc:non-FI"
    """
    Set of jurisdictions that are not in FI
    """
    non_FJ = "loc:non-FJ"
    """
    Set of jurisdictions that are not in FJ
    """
    non_FK = "loc:non-FK"
    """
    Set of jurisdictions that are not in FK
    """
    non_FM = "loc:non-FM"
    """
    Set of jurisdictions that are not in FM
    """
    non_FO = "loc:non-FO"
    """
    Set of jurisdictions that are not in FO
    """
    non_FR = "loc:non-FR"
    """
    Set of jurisdictions that are not in FR
    """
    non_GA = "loc:non-GA"
    """
    Set of jurisdictions that are not in GA
    """
    non_GB = "loc:non-GB"
    """
    Set of jurisdictions that are not in GB
    """
    non_GD = "loc:non-GD"
    """
    Set of jurisdictions that are not in GD
    """
    non_GE = "loc:non-GE"
    """
    Set of jurisdictions that are not in GE
    """
    non_GF = "loc:non-GF"
    """
    Set of jurisdictions that are not in GF
    """
    non_GG = "loc:non-GG"
    """
    Set of jurisdictions that are not in GG
    """
    non_GH = "loc:non-GH"
    """
    Set of jurisdictions that are not in GH
    """
    non_GI = "loc:non-GI"
    """
    Set of jurisdictions that are not in GI
    """
    non_GL = "loc:non-GL"
    """
    Set of jurisdictions that are not in GL
    """
    non_GM = "loc:non-GM"
    """
    Set of jurisdictions that are not in GM
    """
    non_GN = "loc:non-GN"
    """
    Set of jurisdictions that are not in GN
    """
    non_GP = "loc:non-GP"
    """
    Set of jurisdictions that are not in GP
    """
    non_GQ = "loc:non-GQ"
    """
    Set of jurisdictions that are not in GQ
    """
    non_GR = "loc:non-GR"
    """
    Set of jurisdictions that are not in GR
    """
    non_GS = "loc:non-GS"
    """
    Set of jurisdictions that are not in GS
    """
    non_GT = "loc:non-GT"
    """
    Set of jurisdictions that are not in GT
    """
    non_GU = "loc:non-GU"
    """
    Set of jurisdictions that are not in GU
    """
    non_GW = "loc:non-GW"
    """
    Set of jurisdictions that are not in GW
    """
    non_GY = "loc:non-GY"
    """
    Set of jurisdictions that are not in GY
    """
    non_HK = "loc:non-HK"
    """
    Set of jurisdictions that are not in HK
    """
    non_HM = "loc:non-HM"
    """
    Set of jurisdictions that are not in HM
    """
    non_HN = "loc:non-HN"
    """
    Set of jurisdictions that are not in HN
    """
    non_HR = "loc:non-HR"
    """
    Set of jurisdictions that are not in HR
    """
    non_HT = "loc:non-HT"
    """
    Set of jurisdictions that are not in HT
    """
    non_HU = "loc:non-HU"
    """
    Set of jurisdictions that are not in HU
    """
    non_ID = "loc:non-ID"
    """
    Set of jurisdictions that are not in ID
    """
    non_IE = "loc:non-IE"
    """
    Set of jurisdictions that are not in IE
    """
    non_IL = "loc:non-IL"
    """
    Set of jurisdictions that are not in IL
    """
    non_IM = "loc:non-IM"
    """
    Set of jurisdictions that are not in IM
    """
    non_IN = "loc:non-IN"
    """
    Set of jurisdictions that are not in IN
    """
    non_IO = "loc:non-IO"
    """
    Set of jurisdictions that are not in IO
    """
    non_IQ = "loc:non-IQ"
    """
    Set of jurisdictions that are not in IQ
    """
    non_IR = "loc:non-IR"
    """
    Set of jurisdictions that are not in IR
    """
    non_IS = "loc:non-IS"
    """
    Set of jurisdictions that are not in IS
    """
    non_IT = "loc:non-IT"
    """
    Set of jurisdictions that are not in IT
    """
    non_JE = "loc:non-JE"
    """
    Set of jurisdictions that are not in JE
    """
    non_JM = "loc:non-JM"
    """
    Set of jurisdictions that are not in JM
    """
    non_JO = "loc:non-JO"
    """
    Set of jurisdictions that are not in JO
    """
    non_JP = "loc:non-JP"
    """
    Set of jurisdictions that are not in JP
    """
    non_KE = "loc:non-KE"
    """
    Set of jurisdictions that are not in KE
    """
    non_KG = "loc:non-KG"
    """
    Set of jurisdictions that are not in KG
    """
    non_KH = "loc:non-KH"
    """
    Set of jurisdictions that are not in KH
    """
    non_KI = "loc:non-KI"
    """
    Set of jurisdictions that are not in KI
    """
    non_KM = "loc:non-KM"
    """
    Set of jurisdictions that are not in KM
    """
    non_KN = "loc:non-KN"
    """
    Set of jurisdictions that are not in KN
    """
    non_KP = "loc:non-KP"
    """
    Set of jurisdictions that are not in KP
    """
    non_KR = "loc:non-KR"
    """
    Set of jurisdictions that are not in KR
    """
    non_KW = "loc:non-KW"
    """
    Set of jurisdictions that are not in KW
    """
    non_KY = "loc:non-KY"
    """
    Set of jurisdictions that are not in KY
    """
    non_KZ = "loc:non-KZ"
    """
    Set of jurisdictions that are not in KZ
    """
    non_LA = "loc:non-LA"
    """
    Set of jurisdictions that are not in LA
    """
    non_LB = "loc:non-LB"
    """
    Set of jurisdictions that are not in LB
    """
    non_LC = "loc:non-LC"
    """
    Set of jurisdictions that are not in LC
    """
    non_LI = "loc:non-LI"
    """
    Set of jurisdictions that are not in LI
    """
    non_LK = "loc:non-LK"
    """
    Set of jurisdictions that are not in LK
    """
    non_LR = "loc:non-LR"
    """
    Set of jurisdictions that are not in LR
    """
    non_LS = "loc:non-LS"
    """
    Set of jurisdictions that are not in LS
    """
    non_LT = "loc:non-LT"
    """
    Set of jurisdictions that are not in LT
    """
    non_LU = "loc:non-LU"
    """
    Set of jurisdictions that are not in LU
    """
    non_LV = "loc:non-LV"
    """
    Set of jurisdictions that are not in LV
    """
    non_LY = "loc:non-LY"
    """
    Set of jurisdictions that are not in LY
    """
    non_MA = "loc:non-MA"
    """
    Set of jurisdictions that are not in MA
    """
    non_MC = "loc:non-MC"
    """
    Set of jurisdictions that are not in MC
    """
    non_MD = "loc:non-MD"
    """
    Set of jurisdictions that are not in MD
    """
    non_ME = "loc:non-ME"
    """
    Set of jurisdictions that are not in ME
    """
    non_MF = "loc:non-MF"
    """
    Set of jurisdictions that are not in MF
    """
    non_MG = "loc:non-MG"
    """
    Set of jurisdictions that are not in MG
    """
    non_MH = "loc:non-MH"
    """
    Set of jurisdictions that are not in MH
    """
    non_MK = "loc:non-MK"
    """
    Set of jurisdictions that are not in MK
    """
    non_ML = "loc:non-ML"
    """
    Set of jurisdictions that are not in ML
    """
    non_MM = "loc:non-MM"
    """
    Set of jurisdictions that are not in MM
    """
    non_MN = "loc:non-MN"
    """
    Set of jurisdictions that are not in MN
    """
    non_MO = "loc:non-MO"
    """
    Set of jurisdictions that are not in MO
    """
    non_MP = "loc:non-MP"
    """
    Set of jurisdictions that are not in MP
    """
    non_MQ = "loc:non-MQ"
    """
    Set of jurisdictions that are not in MQ
    """
    non_MR = "loc:non-MR"
    """
    Set of jurisdictions that are not in MR
    """
    non_MS = "loc:non-MS"
    """
    Set of jurisdictions that are not in MS
    """
    non_MT = "loc:non-MT"
    """
    Set of jurisdictions that are not in MT
    """
    non_MU = "loc:non-MU"
    """
    Set of jurisdictions that are not in MU
    """
    non_MV = "loc:non-MV"
    """
    Set of jurisdictions that are not in MV
    """
    non_MW = "loc:non-MW"
    """
    Set of jurisdictions that are not in MW
    """
    non_MX = "loc:non-MX"
    """
    Set of jurisdictions that are not in MX
    """
    non_MY = "loc:non-MY"
    """
    Set of jurisdictions that are not in MY
    """
    non_MZ = "loc:non-MZ"
    """
    Set of jurisdictions that are not in MZ
    """
    non_NA = "loc:non-NA"
    """
    Set of jurisdictions that are not in NA
    """
    non_NC = "loc:non-NC"
    """
    Set of jurisdictions that are not in NC
    """
    non_NE = "loc:non-NE"
    """
    Set of jurisdictions that are not in NE
    """
    non_NF = "loc:non-NF"
    """
    Set of jurisdictions that are not in NF
    """
    non_NG = "loc:non-NG"
    """
    Set of jurisdictions that are not in NG
    """
    non_NI = "loc:non-NI"
    """
    Set of jurisdictions that are not in NI
    """
    non_NL = "loc:non-NL"
    """
    Set of jurisdictions that are not in NL
    """
    non_NO = "loc:non-NO"
    """
    Set of jurisdictions that are not in NO
    """
    non_NP = "loc:non-NP"
    """
    Set of jurisdictions that are not in NP
    """
    non_NR = "loc:non-NR"
    """
    Set of jurisdictions that are not in NR
    """
    non_NU = "loc:non-NU"
    """
    Set of jurisdictions that are not in NU
    """
    non_NZ = "loc:non-NZ"
    """
    Set of jurisdictions that are not in NZ
    """
    non_OM = "loc:non-OM"
    """
    Set of jurisdictions that are not in OM
    """
    non_PA = "loc:non-PA"
    """
    Set of jurisdictions that are not in PA
    """
    non_PE = "loc:non-PE"
    """
    Set of jurisdictions that are not in PE
    """
    non_PF = "loc:non-PF"
    """
    Set of jurisdictions that are not in PF
    """
    non_PG = "loc:non-PG"
    """
    Set of jurisdictions that are not in PG
    """
    non_PH = "loc:non-PH"
    """
    Set of jurisdictions that are not in PH
    """
    non_PK = "loc:non-PK"
    """
    Set of jurisdictions that are not in PK
    """
    non_PL = "loc:non-PL"
    """
    Set of jurisdictions that are not in PL
    """
    non_PM = "loc:non-PM"
    """
    Set of jurisdictions that are not in PM
    """
    non_PN = "loc:non-PN"
    """
    Set of jurisdictions that are not in PN
    """
    non_PR = "loc:non-PR"
    """
    Set of jurisdictions that are not in PR
    """
    non_PS = "loc:non-PS"
    """
    Set of jurisdictions that are not in PS
    """
    non_PT = "loc:non-PT"
    """
    Set of jurisdictions that are not in PT
    """
    non_PW = "loc:non-PW"
    """
    Set of jurisdictions that are not in PW
    """
    non_PY = "loc:non-PY"
    """
    Set of jurisdictions that are not in PY
    """
    non_QA = "loc:non-QA"
    """
    Set of jurisdictions that are not in QA
    """
    non_RE = "loc:non-RE"
    """
    Set of jurisdictions that are not in RE
    """
    non_RO = "loc:non-RO"
    """
    Set of jurisdictions that are not in RO
    """
    non_RS = "loc:non-RS"
    """
    Set of jurisdictions that are not in RS
    """
    non_RU = "loc:non-RU"
    """
    Set of jurisdictions that are not in RU
    """
    non_RW = "loc:non-RW"
    """
    Set of jurisdictions that are not in RW
    """
    non_SA = "loc:non-SA"
    """
    Set of jurisdictions that are not in SA
    """
    non_SB = "loc:non-SB"
    """
    Set of jurisdictions that are not in SB
    """
    non_SC = "loc:non-SC"
    """
    Set of jurisdictions that are not in SC
    """
    non_SD = "loc:non-SD"
    """
    Set of jurisdictions that are not in SD
    """
    non_SE = "loc:non-SE"
    """
    Set of jurisdictions that are not in SE
    """
    non_SG = "loc:non-SG"
    """
    Set of jurisdictions that are not in SG
    """
    non_SH = "loc:non-SH"
    """
    Set of jurisdictions that are not in SH
    """
    non_SI = "loc:non-SI"
    """
    Set of jurisdictions that are not in SI
    """
    non_SJ = "loc:non-SJ"
    """
    Set of jurisdictions that are not in SJ
    """
    non_SK = "loc:non-SK"
    """
    Set of jurisdictions that are not in SK
    """
    non_SL = "loc:non-SL"
    """
    Set of jurisdictions that are not in SL
    """
    non_SM = "loc:non-SM"
    """
    Set of jurisdictions that are not in SM
    """
    non_SN = "loc:non-SN"
    """
    Set of jurisdictions that are not in SN
    """
    non_SO = "loc:non-SO"
    """
    Set of jurisdictions that are not in SO
    """
    non_SR = "loc:non-SR"
    """
    Set of jurisdictions that are not in SR
    """
    non_SS = "loc:non-SS"
    """
    Set of jurisdictions that are not in SS
    """
    non_ST = "loc:non-ST"
    """
    Set of jurisdictions that are not in ST
    """
    non_SV = "loc:non-SV"
    """
    Set of jurisdictions that are not in SV
    """
    non_SX = "loc:non-SX"
    """
    Set of jurisdictions that are not in SX
    """
    non_SY = "loc:non-SY"
    """
    Set of jurisdictions that are not in SY
    """
    non_SZ = "loc:non-SZ"
    """
    Set of jurisdictions that are not in SZ
    """
    non_TC = "loc:non-TC"
    """
    Set of jurisdictions that are not in TC
    """
    non_TD = "loc:non-TD"
    """
    Set of jurisdictions that are not in TD
    """
    non_TF = "loc:non-TF"
    """
    Set of jurisdictions that are not in TF
    """
    non_TG = "loc:non-TG"
    """
    Set of jurisdictions that are not in TG
    """
    non_TH = "loc:non-TH"
    """
    Set of jurisdictions that are not in TH
    """
    non_TJ = "loc:non-TJ"
    """
    Set of jurisdictions that are not in TJ
    """
    non_TK = "loc:non-TK"
    """
    Set of jurisdictions that are not in TK
    """
    non_TL = "loc:non-TL"
    """
    Set of jurisdictions that are not in TL
    """
    non_TM = "loc:non-TM"
    """
    Set of jurisdictions that are not in TM
    """
    non_TN = "loc:non-TN"
    """
    Set of jurisdictions that are not in TN
    """
    non_TO = "loc:non-TO"
    """
    Set of jurisdictions that are not in TO
    """
    non_TR = "loc:non-TR"
    """
    Set of jurisdictions that are not in TR
    """
    non_TT = "loc:non-TT"
    """
    Set of jurisdictions that are not in TT
    """
    non_TV = "loc:non-TV"
    """
    Set of jurisdictions that are not in TV
    """
    non_TW = "loc:non-TW"
    """
    Set of jurisdictions that are not in TW
    """
    non_TZ = "loc:non-TZ"
    """
    Set of jurisdictions that are not in TZ
    """
    non_UA = "loc:non-UA"
    """
    Set of jurisdictions that are not in UA
    """
    non_UG = "loc:non-UG"
    """
    Set of jurisdictions that are not in UG
    """
    non_UM = "loc:non-UM"
    """
    Set of jurisdictions that are not in UM
    """
    non_US = "loc:non-US"
    """
    Set of jurisdictions that are not in US
    """
    non_UY = "loc:non-UY"
    """
    Set of jurisdictions that are not in UY
    """
    non_UZ = "loc:non-UZ"
    """
    Set of jurisdictions that are not in UZ
    """
    non_VA = "loc:non-VA"
    """
    Set of jurisdictions that are not in VA
    """
    non_VC = "loc:non-VC"
    """
    Set of jurisdictions that are not in VC
    """
    non_VE = "loc:non-VE"
    """
    Set of jurisdictions that are not in VE
    """
    non_VG = "loc:non-VG"
    """
    Set of jurisdictions that are not in VG
    """
    non_VI = "loc:non-VI"
    """
    Set of jurisdictions that are not in VI
    """
    non_VN = "loc:non-VN"
    """
    Set of jurisdictions that are not in VN
    """
    non_VU = "loc:non-VU"
    """
    Set of jurisdictions that are not in VU
    """
    non_WF = "loc:non-WF"
    """
    Set of jurisdictions that are not in WF
    """
    non_WS = "loc:non-WS"
    """
    Set of jurisdictions that are not in WS
    """
    non_YE = "loc:non-YE"
    """
    Set of jurisdictions that are not in YE
    """
    non_YT = "loc:non-YT"
    """
    Set of jurisdictions that are not in YT
    """
    non_ZA = "loc:non-ZA"
    """
    Set of jurisdictions that are not in ZA
    """
    non_ZM = "loc:non-ZM"
    """
    Set of jurisdictions that are not in ZM
    """
    non_ZW = "loc:non-ZW"
    """
    Set of jurisdictions that are not in ZW
    """


class DpvTechnology(str, Enum):
    """
    Technologies (dpv:Technology and the tech: extension).
    """
    Technology = "dpv:Technology"
    """
    The technology, technological implementation, or any techniques, skills, methods, and processes used or applied
    """
    API = "tech:API"
    """
    A set of rules and protocols to communicate and exchange data between applications
    """
    Algorithm = "tech:Algorithm"
    """
    A step-by-step set of instructions used to solve a problem or perform a computation
    """
    Android = "tech:Android"
    """
    Android operating system
    """
    Application_Store = "tech:AppStore"
    """
    An application or platform for distribution of other applications
    """
    Application = "tech:Application"
    """
    Application or Application Software
    """
    ApplicationSpecificIntegratedCircuit = "tech:ApplicationSpecificIntegratedCircuit"
    """
    A custom-designed integrated circuit optimised for a specific task
    """
    Bluetooth = "tech:Bluetooth"
    """
    Technology utilising bluetooth
    """
    Cellular_Network = "tech:CellularNetwork"
    """
    Technology utilising cellular networking
    """
    Cloud_Service_Provision = "tech:CloudService"
    """
    A remotely accessible service delivered over the internet for providing resources, software, or infrastructure
    """
    Cloud_Storage = "tech:CloudStorage"
    """
    Storage utilising cloud technologies
    """
    Communication_Mechanism = "tech:CommunicationMechanism"
    """
    Communication mechanism used or provided by Technology
    """
    Component = "tech:Component"
    """
    A self-contained part of a system that performs a specific function and interacts with other components
    """
    Cookie = "tech:Cookie"
    """
    A HTTP or web or internet cookie
    """
    Data_Storage = "tech:DataStorage"
    """
    Technology associated with storage of data
    """
    Database = "tech:Database"
    """
    A database, database management system (DBMS), or application database
    """
    Desktop_PC = "tech:DesktopPC"
    """
    A non-portable or fixed personal computer
    """
    Device = "tech:Device"
    """
    Device or computing device
    """
    GNUSOLIDUSLinux = "tech:GNULinux"
    """
    GNU/Linux operating system
    """
    GPS = "tech:GPS"
    """
    Technology utilising GPS
    """
    Hardware = "tech:Hardware"
    """
    Physical parts or components of the technology
    """
    Infrastructure_as_a_Service_LEFT_PARENTHESISIaaSRIGHT_PARENTHESIS_Provision = "tech:Infrastructure"
    """
    The foundational hardware, software, and other resources to support the operation of systems or services
    """
    IntegratedCircuit = "tech:IntegratedCircuit"
    """
    A integrated electronic chip containing interconnected components to perform specific functions
    """
    Internet = "tech:Internet"
    """
    Technology utilising internet
    """
    Internet_of_Things_LEFT_PARENTHESISIoTRIGHT_PARENTHESIS = "tech:IoT"
    """
    IoT is the infrastructure of interconnected entities, people, systems and information resources together with services that process and react to information from the physical world and virtual world
    """
    IoT_Device = "tech:IoTDevice"
    """
    An entity of an IoT system that interacts and communicates with the physical world through sensing or actuating
    """
    IoT_System = "tech:IoTSystem"
    """
    A specific system that is an implementation or application of the IoT framework and contains interconnected IoT devices and their communication network along with other hardware and software required for providing functionalities
    """
    Laptop_PC = "tech:LaptopPC"
    """
    A portal personal computer
    """
    Local_Network = "tech:LocalNetwork"
    """
    Technology utilising local networking
    """
    Local_Storage = "tech:LocalStorage"
    """
    Storage that is local (e.g. on device)
    """
    Microsoft_Windows = "tech:MSWindows"
    """
    Microsoft Windows operating system
    """
    Mobile_Phone = "tech:MobilePhone"
    """
    Mobile telephone
    """
    Model = "tech:Model"
    """
    A simplified representation or abstraction of a system, process, or concept
    """
    Networking = "tech:Networking"
    """
    Technology utilising networking
    """
    Operating_System_LEFT_PARENTHESISOSRIGHT_PARENTHESIS = "tech:OS"
    """
    Software for managing hardware and other software
    """
    Personal_Computer_LEFT_PARENTHESISPCRIGHT_PARENTHESIS = "tech:PersonalComputer"
    """
    A computing device intended for individual use
    """
    Platform = "tech:Platform"
    """
    A digital environment that provides tools, infrastructure, and services for developing, deploying, and running applications
    """
    Provided_as_AlgorithmicProvision = "tech:ProvidedAsAlgorithmic"
    """
    Technology provided as an algorithm or method
    """
    Provided_as_Compute_as_a_Service_LEFT_PARENTHESISCaaSRIGHT_PARENTHESISProvision = "tech:ProvidedAsCaaS"
    """
    Technology provided as a cloud service consisting of managed compute resources
    """
    Provided_as_Cloud_ServiceProvision = "tech:ProvidedAsCloudService"
    """
    Technology provided as a cloud service
    """
    Provided_as_ComponentProvision = "tech:ProvidedAsComponent"
    """
    Technology provided as a component
    """
    Provided_as_Fixed_UseProvision = "tech:ProvidedAsFixedUse"
    """
    Technology provided for using a fixed number of times
    """
    Provided_as_GoodsProvision = "tech:ProvidedAsGoods"
    """
    Technology provided or used as goods
    """
    Provided_as_Hybrid_Cloud_ServiceProvision = "tech:ProvidedAsHybridCloudService"
    """
    Technology provided as a cloud service that is both private and public in parts
    """
    Provided_as_Infrastructure_as_a_Service_LEFT_PARENTHESISIaaSRIGHT_PARENTHESISProvision = "tech:ProvidedAsIaaS"
    """
    Technology provided as a cloud service consisting of managed infrastructure resources
    """
    Provided_as_Mobile_backend_as_a_ServiceProvision = "tech:ProvidedAsMBaaS"
    """
    Technology provided as a cloud service consisting of managed 'backend' services for mobile users
    """
    Provided_as_Platform_as_a_Service_LEFT_PARENTHESISPaaSRIGHT_PARENTHESISProvision = "tech:ProvidedAsPaaS"
    """
    Technology provided as a cloud service consisting of managed platform resources
    """
    Provided_as_Private_Cloud_ServiceProvision = "tech:ProvidedAsPrivateCloudService"
    """
    Technology provided as a cloud service that is private
    """
    Provided_as_ProductProvision = "tech:ProvidedAsProduct"
    """
    Technology provided as a product
    """
    Provided_as_Public_Cloud_ServiceProvision = "tech:ProvidedAsPublicCloudService"
    """
    Technology provided as a cloud service that is public
    """
    Provided_as_Software_as_a_Service_LEFT_PARENTHESISSaaSRIGHT_PARENTHESISProvision = "tech:ProvidedAsSaaS"
    """
    Technology provided as a cloud service consisting of managed software resources
    """
    Provided_as_Serverless_ComputingProvision = "tech:ProvidedAsServerlessComputing"
    """
    Technology provided as a cloud service consisting of fully managed servers for executing functions
    """
    Provided_as_ServiceProvision = "tech:ProvidedAsService"
    """
    Technology provided or used as service(s)
    """
    Provided_as_SubscriptionProvision = "tech:ProvidedAsSubscription"
    """
    Technology that is provided or used as a periodic subscription
    """
    Provided_as_SystemProvision = "tech:ProvidedAsSystem"
    """
    Technology provided as a system
    """
    Provision_Method = "tech:ProvisionMethod"
    """
    Method associated with provision or use of technology
    """
    Service = "tech:Service"
    """
    The carrying out of a specific task or set of tasks as a service
    """
    Smartphone = "tech:Smartphone"
    """
    A combination of a mobile phone with computing capabilities similar to a PC
    """
    Smartphone_Application = "tech:SmartphoneApplication"
    """
    A computing or digital program on a smartphone device
    """
    Software = "tech:Software"
    """
    Virtual parts or components of the technology such as programs and data
    """
    Software_Agent = "tech:SoftwareAgent"
    """
    A software that acts on behalf of another Entity or technology
    """
    SoftwareFramework = "tech:SoftwareFramework"
    """
    An opinionated collection of functions and architecture design choices for building applications
    """
    SoftwareLibrary = "tech:SoftwareLibrary"
    """
    A collection of pre-built and reusable functions for use in development and management of software
    """
    System = "tech:System"
    """
    A collection of components that interact to achieve a specific goal or function
    """
    Telephone = "tech:Telephone"
    """
    Telephone
    """
    User_Agent = "tech:UserAgent"
    """
    A software agent that represents a person (i.e. a human)
    """
    Web_Scraper = "tech:WebScraper"
    """
    Software that extracts data from websites to implement collection practices colloquially called "web scraping"
    """
    WiFi = "tech:WiFi"
    """
    Technology utilising Wi-Fi wireless networking
    """
    iOS = "tech:iOS"
    """
    iOS operating system
    """


class DpvDataSource(str, Enum):
    """
    Sources of data (dpv:DataSource).
    """
    Data_Controller_as_Data_Source = "dpv:DataControllerDataSource"
    """
    Data Sourced from Data Controller(s), e.g. a Controller inferring data or generating data
    """
    Data_published_by_Data_Subject = "dpv:DataPublishedByDataSubject"
    """
    Data is published by the data subject
    """
    Data_Source = "dpv:DataSource"
    """
    The source or origin of data
    """
    Data_Subject_as_Data_Source = "dpv:DataSubjectDataSource"
    """
    Data Sourced from Data Subject(s), e.g. when data is collected via a form or observed from their activities
    """
    Non_Public_Data_Source = "dpv:NonPublicDataSource"
    """
    A source of data that is not publicly accessible or available
    """
    Public_Data_Source = "dpv:PublicDataSource"
    """
    A source of data that is publicly accessible or available
    """
    Third_Party_as_Data_Source = "dpv:ThirdPartyDataSource"
    """
    Data Sourced from a Third Party, e.g. when data is collected from an entity that is neither the Controller nor the Data Subject
    """


class DpvNecessity(str, Enum):
    """
    Whether something is required (dpv:Necessity).
    """
    Necessity = "dpv:Necessity"
    """
    An indication of 'necessity' within a context
    """
    Not_Required = "dpv:NotRequired"
    """
    Indication of neither being required nor optional i.e. not relevant or needed
    """
    Optional = "dpv:Optional"
    """
    Indication of 'optional' or 'voluntary'
    """
    Required = "dpv:Required"
    """
    Indication of 'required' or 'necessary'
    """


class DpvLaw(str, Enum):
    """
    Laws (dpv:Law).
    """
    Law = "dpv:Law"
    """
    A law is a set of rules created by government or authorities
    """
    AI_Act = "legal-eu:law-AIAct"
    Data_Governance_Act_LEFT_PARENTHESISDGARIGHT_PARENTHESIS = "legal-eu:law-DGA"
    Digital_Markets_Act_LEFT_PARENTHESISDMARIGHT_PARENTHESIS = "legal-eu:law-DMA"
    Digital_Services_Act_LEFT_PARENTHESISDSARIGHT_PARENTHESIS = "legal-eu:law-DSA"
    Data_Act = "legal-eu:law-DataAct"
    General_Data_Protection_Regulation_LEFT_PARENTHESISGDPRRIGHT_PARENTHESIS = "legal-eu:law-GDPR"


class DpvAuthority(str, Enum):
    """
    Authorities, including data protection authorities.
    """
    Authority = "dpv:Authority"
    """
    An authority with the power to create or enforce laws, or determine their compliance.
    """
    Data_Protection_Authority = "eu-gdpr:DataProtectionAuthority"
    """
    ‘Supervisory Authority’ or 'Data Protection Authority' means an independent public authority which is established by a Member State pursuant to Article 51
    """
    National_Authority = "dpv:NationalAuthority"
    """
    An authority tasked with overseeing legal compliance for a nation
    """
    Regional_Authority = "dpv:RegionalAuthority"
    """
    An authority tasked with overseeing legal compliance for a region
    """
    Supranational_Authority = "dpv:SupraNationalAuthority"
    """
    An authority tasked with overseeing legal compliance for a supra-national union e.g. EU
    """
    Concerned_Supervisory_Authority = "eu-gdpr:ConcernedSupervisoryAuthority"
    """
    Concerned Supervisory Authority' or 'supervisory authority concerned’ means a supervisory authority which is concerned by the processing of personal data because: (a) the controller or processor is established on the territory of the Member State of that supervisory authority; (b) data subjects residing in the Member State of that supervisory authority are substantially affected or likely to be substantially affected by the processing; or (c) a complaint has been lodged with that supervisory authority
    """
    Lead_Supervisory_Authority = "eu-gdpr:LeadSupervisoryAuthority"
    """
    Authority with the primary responsibility for dealing with a cross-border data processing activity
    """
    Local_Supervisory_Authority = "eu-gdpr:LocalSupervisoryAuthority"
    """
    Authority associated with the main or local establishment of an organisation
    """
    European_Data_Protection_Board = "legal-eu:DPA-EDPB"
    European_Data_Protection_Supervisor = "legal-eu:DPA-EDPS"
    Office_of_the_Data_Protection_Ombudsman = "legal-fi:DPA-FI"


class DpvFeeRequirement(str, Enum):
    """
    Whether a fee is charged (dpv:FeeRequirement).
    """
    Fee_Not_Required = "dpv:FeeNotRequired"
    """
    Concept indicating a fee is not required. This is distinct from a Fee of zero as it indicates a fee is not applicable in the context
    """
    Fee_Required = "dpv:FeeRequired"
    """
    Concept indicating a fee is required. The value of the fee should be specified using rdf:value or an another relevant means
    """
    Fee_Requirement = "dpv:FeeRequirement"
    """
    Concept indicating whether a fee is required
    """


class DpvDecisionMaking(str, Enum):
    """
    Decision-making, automated or not (dpv:DecisionMaking and its narrower concepts).
    """
    Automated_Decision_Making = "dpv:AutomatedDecisionMaking"
    """
    Processing that involves automated decision making
    """
    Decision_Making = "dpv:DecisionMaking"
    """
    Processing that involves decision making
    """


class DpvHumanInvolvement(str, Enum):
    """
    Human involvement in processing (dpv:HumanInvolvement).
    """
    Human_involved = "dpv:HumanInvolved"
    """
    Humans are involved in the specified context
    """
    Human_Involvement = "dpv:HumanInvolvement"
    """
    The involvement of humans in specified context
    """
    Human_Involvement_for_control = "dpv:HumanInvolvementForControl"
    """
    Human involvement for the purposes of exercising control over the specified operations in context
    """
    Human_Involvement_for_decision = "dpv:HumanInvolvementForDecision"
    """
    Human involvement for the purposes of exercising decisions over the specified operations in context
    """
    Human_Involvement_for_Input = "dpv:HumanInvolvementForInput"
    """
    Human involvement for the purposes of providing inputs to the specified context
    """
    Human_Involvement_for_intervention = "dpv:HumanInvolvementForIntervention"
    """
    Human involvement for the purposes of exercising interventions over the specified operations in context
    """
    Human_Involvement_for_Oversight = "dpv:HumanInvolvementForOversight"
    """
    Human involvement for the purposes of having oversight over the specified context regarding its operations, inputs, or outputs
    """
    Human_Involvement_for_Verification = "dpv:HumanInvolvementForVerification"
    """
    Human involvement for the purposes of verification of specified context to ensure its operations, inputs, or outputs are correct or are acceptable.
    """
    Human_not_involved = "dpv:HumanNotInvolved"
    """
    Humans are not involved in the specified context
    """


class DpvAutomationLevel(str, Enum):
    """
    Levels of automation (dpv:AutomationLevel).
    """
    Assistive_Automation = "dpv:AssistiveAutomation"
    """
    Level of automation corresponding to Level 1 in ISO/IEC 22989:2022 where automation is limited to parts of the system or a specific part of the system in a manner that does not change the control of the human in using/driving the system
    """
    Automation_Level = "dpv:AutomationLevel"
    """
    Indication of degree or level of automation associated with specified context
    """
    Autonomous = "dpv:Autonomous"
    """
    Level of automation corresponding to Level 6 in ISO/IEC 22989:2022 where the automation in system is capable of modifying its operation domain or its goals without external intervention, control or oversight
    """
    Conditional_Automation = "dpv:ConditionalAutomation"
    """
    Level of automation corresponding to Level 3 in ISO/IEC 22989:2022 where the automation is sufficient to perform most tasks of the system with the human present to take over where necessary
    """
    Full_Automation = "dpv:FullAutomation"
    """
    Level of automation corresponding to Level 5 in ISO/IEC 22989:2022 where the automation in system is capable of performing all its tasks regardless of the conditions without human involvement
    """
    High_Automation = "dpv:HighAutomation"
    """
    Level of automation corresponding to Level 4 in ISO/IEC 22989:2022 where the automation in system is capable of performing all its tasks within specific controlled conditions without human involvement
    """
    Not_Automated = "dpv:NotAutomated"
    """
    Level of automation corresponding to Level 0 in ISO/IEC 22989:2022 where there is no automation in the system
    """
    Partial_Automation = "dpv:PartialAutomation"
    """
    Level of automation corresponding to Level 2 in ISO/IEC 22989:2022 where the automation is present in multiple parts of the system or in a manner that does not require the human to control/use these parts while still retaining control over the system
    """


class DpvEntityInvolvement(str, Enum):
    """
    How entities are involved in processing (dpv:EntityInvolvement).
    """
    Accept_Contract = "dpv:AcceptContract"
    """
    Control for accepting a contract
    """
    Cannot_Challenge_Process = "dpv:CannotChallengeProcess"
    """
    Involvement where entity cannot challenge the process of specified context
    """
    Cannot_Challenge_Process_Input = "dpv:CannotChallengeProcessInput"
    """
    Involvement where entity cannot challenge input of specified context
    """
    Cannot_Challenge_Process_Output = "dpv:CannotChallengeProcessOutput"
    """
    Involvement where entity cannot challenge the output of specified context
    """
    Cannot_Correct_Process = "dpv:CannotCorrectProcess"
    """
    Involvement where entity cannot correct the process of specified context
    """
    Cannot_Correct_Process_Input = "dpv:CannotCorrectProcessInput"
    """
    Involvement where entity cannot correct input of specified context
    """
    Cannot_Correct_Process_Output = "dpv:CannotCorrectProcessOutput"
    """
    Involvement where entity cannot correct the output of specified context
    """
    Cannot_Object_to_Process = "dpv:CannotObjectToProcess"
    """
    Involvement where entity cannot object to process of specified context
    """
    Cannot_Opt_in_to_Process = "dpv:CannotOptInToProcess"
    """
    Involvement where entity cannot opt-in to specified context
    """
    Cannot_Opt_out_from_Process = "dpv:CannotOptOutFromProcess"
    """
    Involvement where entity cannot opt-out from specified context
    """
    Cannot_Reverse_Process_Effects = "dpv:CannotReverseProcessEffects"
    """
    Involvement where entity cannot reverse effects of specified context
    """
    Cannot_Reverse_Process_Input = "dpv:CannotReverseProcessInput"
    """
    Involvement where entity cannot reverse input of specified context
    """
    Cannot_Reverse_Process_Output = "dpv:CannotReverseProcessOutput"
    """
    Involvement where entity cannot reverse output of specified context
    """
    Cannot_Withdraw_from_Process = "dpv:CannotWithdrawFromProcess"
    """
    Involvement where entity cannot withdraw a previously given assent from specified context
    """
    Challenging_Process = "dpv:ChallengingProcess"
    """
    Involvement where entity can challenge the process of specified context
    """
    Challenging_Process_Input = "dpv:ChallengingProcessInput"
    """
    Involvement where entity can challenge input of specified context
    """
    Challenging_Process_Output = "dpv:ChallengingProcessOutput"
    """
    Involvement where entity can challenge the output of specified context
    """
    Consent_Control = "dpv:ConsentControl"
    """
    The control or activity associated with obtaining, providing, withdrawing, or reaffirming consent
    """
    Contract_Control = "dpv:ContractControl"
    """
    The control or activity associated with accepting, refusing, and other actions associated with a contract
    """
    Correcting_Process = "dpv:CorrectingProcess"
    """
    Involvement where entity can correct the process of specified context
    """
    Correcting_Process_Input = "dpv:CorrectingProcessInput"
    """
    Involvement where entity can correct input of specified context
    """
    Correcting_Process_Output = "dpv:CorrectingProcessOutput"
    """
    Involvement where entity can correct the output of specified context
    """
    Entity_Active_Involvement = "dpv:EntityActiveInvolvement"
    """
    Involvement where entity is 'actively' involved
    """
    Entity_Intended_Involvement = "dpv:EntityIntendedInvolvement"
    """
    Status indicating the involvement of the entity is intended
    """
    Entity_Involved = "dpv:EntityInvolved"
    """
    Status indicating the entity is involved
    """
    Entity_Involvement = "dpv:EntityInvolvement"
    """
    Involvement of an entity in specific context
    """
    Entity_Involvement_Status = "dpv:EntityInvolvementStatus"
    """
    Status indicating whether an entity is involved
    """
    Entity_Non_Involvement = "dpv:EntityNonInvolvement"
    """
    Indicating entity is not involved
    """
    Entity_Non_Permissive_Involvement = "dpv:EntityNonPermissiveInvolvement"
    """
    Involvement of an entity in specific context where it is not permitted or able to do something
    """
    Entity_Not_Involved = "dpv:EntityNotInvolved"
    """
    Status indicating the entity is not involved
    """
    Entity_Passive_Involvement = "dpv:EntityPassiveInvolvement"
    """
    Involvement where entity is 'passively' or 'not actively' involved
    """
    Entity_Permissive_Involvement = "dpv:EntityPermissiveInvolvement"
    """
    Involvement of an entity in specific context where it is permitted or able to do something
    """
    Entity_Unintended_Involvement = "dpv:EntityUnintendedInvolvement"
    """
    Status indicating the involvement of the entity is not intended
    """
    Human_involved = "dpv:HumanInvolved"
    """
    Humans are involved in the specified context
    """
    Human_Involvement = "dpv:HumanInvolvement"
    """
    The involvement of humans in specified context
    """
    Human_Involvement_for_control = "dpv:HumanInvolvementForControl"
    """
    Human involvement for the purposes of exercising control over the specified operations in context
    """
    Human_Involvement_for_decision = "dpv:HumanInvolvementForDecision"
    """
    Human involvement for the purposes of exercising decisions over the specified operations in context
    """
    Human_Involvement_for_Input = "dpv:HumanInvolvementForInput"
    """
    Human involvement for the purposes of providing inputs to the specified context
    """
    Human_Involvement_for_intervention = "dpv:HumanInvolvementForIntervention"
    """
    Human involvement for the purposes of exercising interventions over the specified operations in context
    """
    Human_Involvement_for_Oversight = "dpv:HumanInvolvementForOversight"
    """
    Human involvement for the purposes of having oversight over the specified context regarding its operations, inputs, or outputs
    """
    Human_Involvement_for_Verification = "dpv:HumanInvolvementForVerification"
    """
    Human involvement for the purposes of verification of specified context to ensure its operations, inputs, or outputs are correct or are acceptable.
    """
    Human_not_involved = "dpv:HumanNotInvolved"
    """
    Humans are not involved in the specified context
    """
    Manage_Consent = "dpv:ManageConsent"
    """
    Control for managing a given consent in terms of providing, reaffirming, or withdrawing it
    """
    Negotiate_Contract = "dpv:NegotiateContract"
    """
    Control for negotiating a contract
    """
    Objecting_to_Process = "dpv:ObjectingToProcess"
    """
    Involvement where entity can object to process of specified context
    """
    Obtain_Consent = "dpv:ObtainConsent"
    """
    Control for obtaining consent
    """
    Offer_Contract = "dpv:OfferContract"
    """
    Control for offering a contract
    """
    Opting_in_to_Process = "dpv:OptingInToProcess"
    """
    Involvement where entity can opt-in to specified context
    """
    Opting_out_of_Process = "dpv:OptingOutFromProcess"
    """
    Involvement where entity can opt-out from specified context
    """
    Provide_Consent = "dpv:ProvideConsent"
    """
    Control for providing consent
    """
    Reaffirm_Consent = "dpv:ReaffirmConsent"
    """
    Control for affirming consent
    """
    Refuse_Consent = "dpv:RefuseConsent"
    """
    Control for refusing consent
    """
    Refuse_Contract = "dpv:RefuseContract"
    """
    Control for refusing a contract
    """
    Reversing_Process_Effects = "dpv:ReversingProcessEffects"
    """
    Involvement where entity can reverse effects of specified context
    """
    Reversing_Process_Input = "dpv:ReversingProcessInput"
    """
    Involvement where entity can reverse input of specified context
    """
    Reversing_Process_Output = "dpv:ReversingProcessOutput"
    """
    Involvement where entity can reverse output of specified context
    """
    Terminate_Contract = "dpv:TerminateContract"
    """
    Control for terminating a contract
    """
    Withdraw_Consent = "dpv:WithdrawConsent"
    """
    Control for withdrawing consent
    """
    Withdrawing_from_Process = "dpv:WithdrawingFromProcess"
    """
    Involvement where entity can withdraw a previously given assent from specified context
    """


class DpvconvScopeKind(str, Enum):
    """
    Kinds of things a notice covers.
    """
    Website = "dpvconv:Website"
    Register_of_personal_data_LEFT_PARENTHESIShenkilörekisteriRIGHT_PARENTHESIS = "dpvconv:Register"
    Business_process = "dpvconv:BusinessProcess"
    Service = "tech:Service"
    Application = "tech:Application"


class DpvconvContactChannel(str, Enum):
    """
    Channels for reaching an organisation.
    """
    E_mail = "dpvconv:Email"
    Telephone_call = "dpvconv:TelephoneCall"
    Letter_by_post = "dpvconv:PostalMail"
    Web_form = "dpvconv:WebForm"
    Website = "dpvconv:Website"


class DpvconvPurpose(str, Enum):
    """
    Purposes DPV 2.3 has no exact term for.
    """
    Market_research = "dpvconv:MarketResearch"
    Protecting_the_organisationAPOSTROPHEs_rights_and_property = "dpvconv:ProtectRightsAndProperty"
    Debt_collection = "dpvconv:DebtCollection"


class DpvconvPersonalData(str, Enum):
    """
    Categories of personal data DPV 2.3 has no exact term for.
    """
    Name_of_the_organisation_the_person_represents = "dpvconv:OrganisationName"
    Newsletter_subscriptions = "dpvconv:NewsletterSubscription"
    Video_recordings_of_the_person = "dpvconv:Video"
    Security_camera_recordings = "dpvconv:SurveillanceCameraRecording"
    Powers_of_attorney = "dpvconv:PowerOfAttorney"
    Personal_identity_code_LEFT_PARENTHESIShenkilötunnusRIGHT_PARENTHESIS = "dpvconv:PersonalIdentityCode"
    Details_of_a_car_the_person_uses = "dpvconv:VehicleDetails"
    Access_data_LEFT_PARENTHESISkulkutiedotRIGHT_PARENTHESIS_and_access_rights_LEFT_PARENTHESISkulkuoikeudetRIGHT_PARENTHESIS = "dpvconv:AccessData"
    """
    Finnish 'kulkutiedot' and 'kulkuoikeudet' may mean access-control records and rights to premises, or travel records; the notice does not say which.
    """
    Working_time_group = "dpvconv:WorkingTimeGroup"
    Station_identifier_at_the_employer = "dpvconv:StationIdentifier"
    Electronic_signature = "dpvconv:ElectronicSignature"


class DpvconvDataSubject(str, Enum):
    """
    Categories of data subjects DPV 2.3 has no exact term for.
    """
    Contact_persons_of_partners_and_suppliers = "dpvconv:BusinessPartnerContact"
    Staff_of_customer_organisations = "dpvconv:CustomerStaff"


class DpvconvMeasure(str, Enum):
    """
    Measures DPV 2.3 has no exact term for.
    """
    Finnish_government_information_security_guidelines_LEFT_PARENTHESISVAHTIRIGHT_PARENTHESIS = "dpvconv:VAHTIGuidelines"
    Firewall = "dpvconv:Firewall"
    Transfer_control = "dpvconv:TransferControl"
    Input_control_LEFT_PARENTHESISwho_entered_or_changed_data_and_whenRIGHT_PARENTHESIS = "dpvconv:InputControl"
    Separation_of_data_processed_for_different_purposes = "dpvconv:DataSeparation"
    Hardening_of_systems = "dpvconv:SystemHardening"
    Security_testing = "dpvconv:SecurityTesting"
    Security_by_design = "dpvconv:SecurityByDesign"
    Security_of_offices_and_technical_premises = "dpvconv:PremisesSecurity"
    Availability_control_LEFT_PARENTHESISprotection_against_loss_of_dataRIGHT_PARENTHESIS = "dpvconv:AvailabilityControl"


class DpvconvTechnology(str, Enum):
    """
    Technologies DPV 2.3 has no exact term for.
    """
    Web_beacon_LEFT_PARENTHESISclear_gifRIGHT_PARENTHESIS = "dpvconv:WebBeacon"


class DpvconvLaw(str, Enum):
    """
    Laws that DPV 2.3 has no IRI for (minted after the legal-ie:law-DPA pattern).
    """
    Finnish_Data_Protection_Act_LEFT_PARENTHESIStietosuojalaki_1050SOLIDUS2018RIGHT_PARENTHESIS = "dpvconv:law-FI-1050-2018"
    Finnish_Personal_Data_Act_LEFT_PARENTHESIShenkilötietolaki_523SOLIDUS1999RIGHT_PARENTHESIS_repealed_by_1050SOLIDUS2018 = "dpvconv:law-FI-523-1999"
    Finnish_Act_on_Electronic_Communications_Services_LEFT_PARENTHESISlaki_sähköisen_viestinnän_palveluista_917SOLIDUS2014RIGHT_PARENTHESIS = "dpvconv:law-FI-917-2014"
    EU_Data_Protection_Directive_95SOLIDUS46SOLIDUSEC_repealed_by_the_GDPR = "dpvconv:law-EU-95-46-EC"
    Finnish_accounting_legislation_LEFT_PARENTHESISkirjanpitolainsäädäntöRIGHT_PARENTHESIS = "dpvconv:law-FI-accounting"
    Finnish_anti_money_laundering_legislation_LEFT_PARENTHESISrahanpesulainsäädäntöRIGHT_PARENTHESIS = "dpvconv:law-FI-anti-money-laundering"



class LangText(ConfiguredBaseModel):
    """
    Text in one or more languages, written as a language map ({fi: ..., en: ...}). In RDF each entry becomes one rdf:langString literal with its language tag. Add a language by adding an attribute named by its BCP 47 tag.
    """
    en: Optional[str] = Field(default=None, description="""The text in English.""")
    fi: Optional[str] = Field(default=None, description="""The text in Finnish.""")
    sv: Optional[str] = Field(default=None, description="""The text in Swedish.""")


class Evidence(ConfiguredBaseModel):
    """
    A short verbatim quote from the source notice that supports the statement it hangs from. Quote enough words to find the passage (a few words at least, about 30 at most); '...' joins two parts of one passage.
    """
    quote: str = Field(default=..., description="""The words of the notice, as written.""")


class Statement(ConfiguredBaseModel):
    """
    Anything a notice states, with a description and the quotes that support it.
    """
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: Optional[list[Evidence]] = Field(default=None, description="""Verbatim quotes from the notice that support this statement.""")


class PrivacyNotice(Statement):
    """
    A privacy notice, as published by the organisation that wrote it.
    """
    id: str = Field(default=..., description="""An identifier unique within the file; the RDF output makes an IRI of it.""")
    schema_version: str = Field(default=..., description="""The dpvconv schema version the file was written for (MAJOR.MINOR).""")
    title: LangText = Field(default=..., description="""A title or descriptive name, in one or more languages.""")
    url: Optional[str] = Field(default=None, description="""Where it is published on the web, as the source gives it (never invented).""")
    languages: list[str] = Field(default=..., description="""The languages of the notice (BCP 47).""")
    last_updated: Optional[date] = Field(default=None, description="""When the notice says it was last updated.""")
    version: Optional[str] = Field(default=None, description="""The version the notice gives itself.""")
    source_sha256: str = Field(default=..., description="""SHA-256 of the source text this file was curated from.""")
    controller: str = Field(default=..., description="""The organisation (id) that is controller for the notice as a whole.""")
    applicable_laws: Optional[list[Union[DpvLaw, DpvconvLaw]]] = Field(default=None, description="""Laws the notice cites.""")
    supervisory_authorities: Optional[list[DpvAuthority]] = Field(default=None, description="""The supervisory authority the notice names or points to.""")
    scope: Optional[list[Scope]] = Field(default=None, description="""What the notice covers.""")
    change_notices: Optional[list[ChangeNotice]] = Field(default=None, description="""How changes to the notice are announced.""")
    organisations: Optional[list[Organisation]] = Field(default=None, description="""The organisations the notice names or describes, the controller first.""")
    technologies: Optional[list[Technology]] = Field(default=None, description="""Technologies and named third-party services; processes refer to them by id.""")
    processes: Optional[list[Process]] = Field(default=None, description="""Processing activities.""")
    rights: Optional[list[RightStatement]] = Field(default=None, description="""The rights the notice grants and how to use them.""")
    measures: Optional[list[Measure]] = Field(default=None, description="""Technical and organisational measures.""")
    prohibitions: Optional[list[ProhibitedProcess]] = Field(default=None, description="""What the notice says is not done.""")
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


class Scope(Statement):
    """
    Something the notice covers (a website, a service, a register, a business process).
    """
    title: Optional[LangText] = Field(default=None, description="""A title or descriptive name, in one or more languages.""")
    url: Optional[str] = Field(default=None, description="""Where it is published on the web, as the source gives it (never invented).""")
    kind: Optional[DpvconvScopeKind] = Field(default=None, description="""What sort of thing the notice covers.""")
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


class ChangeNotice(Statement):
    """
    How the organisation says it announces changes to the notice.
    """
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


class Organisation(Statement):
    """
    An organisation the notice names or describes: the controller, a processor, a group company, the customers on whose behalf the company processes data.
    """
    id: str = Field(default=..., description="""An identifier unique within the file; the RDF output makes an IRI of it.""")
    name: Optional[str] = Field(default=None, description="""A proper name, as written in the notice ('Vimana Oy', 'Google Analytics').""")
    title: Optional[LangText] = Field(default=None, description="""A title or descriptive name, in one or more languages.""")
    business_id: Optional[str] = Field(default=None, description="""The business identity code (Y-tunnus) or other official identifier.""")
    address: Optional[str] = Field(default=None, description="""A postal or street address, as written in the notice.""")
    country: Optional[DpvLocation] = Field(default=None, description="""The country the organisation is established in.""")
    homepage: Optional[str] = Field(default=None, description="""The organisation's website, as the notice gives it.""")
    contact_points: Optional[list[ContactPoint]] = Field(default=None, description="""Ways to reach the organisation or role.""")
    data_protection_officer: Optional[DataProtectionOfficer] = Field(default=None, description="""The data protection officer.""")
    representatives: Optional[list[Representative]] = Field(default=None, description="""Representatives.""")
    roles: Optional[list[DpvEntity]] = Field(default=None, description="""The roles the organisation plays in this notice (dpv:DataController, dpv:DataProcessor, dpv:ThirdParty, ...). Which processes each role applies to is said on the process (data_controllers, data_processors).""")
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


class ContactPoint(Statement):
    """
    A way to reach an organisation or a role. Addresses are kept as the notice writes them (e.g. 'tietosuoja(at)inmics.fi'); where the notice names a channel but leaves the address blank, give the channel and no address.
    """
    id: str = Field(default=..., description="""An identifier unique within the file; the RDF output makes an IRI of it.""")
    title: Optional[LangText] = Field(default=None, description="""A title or descriptive name, in one or more languages.""")
    channel: Optional[DpvconvContactChannel] = Field(default=None, description="""The kind of channel.""")
    email: Optional[str] = Field(default=None, description="""An e-mail address as written in the notice.""")
    telephone: Optional[str] = Field(default=None, description="""A telephone number as written in the notice.""")
    address: Optional[str] = Field(default=None, description="""A postal or street address, as written in the notice.""")
    url: Optional[str] = Field(default=None, description="""Where it is published on the web, as the source gives it (never invented).""")
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


class DataProtectionOfficer(Statement):
    """
    The data protection officer (tietosuojavastaava) the notice names.
    """
    name: Optional[str] = Field(default=None, description="""A proper name, as written in the notice ('Vimana Oy', 'Google Analytics').""")
    title: Optional[LangText] = Field(default=None, description="""A title or descriptive name, in one or more languages.""")
    contact_points: Optional[list[ContactPoint]] = Field(default=None, description="""Ways to reach the organisation or role.""")
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


class Representative(Statement):
    """
    A representative of the organisation, as the notice names one.
    """
    name: Optional[str] = Field(default=None, description="""A proper name, as written in the notice ('Vimana Oy', 'Google Analytics').""")
    title: Optional[LangText] = Field(default=None, description="""A title or descriptive name, in one or more languages.""")
    contact_points: Optional[list[ContactPoint]] = Field(default=None, description="""Ways to reach the organisation or role.""")
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


class Process(Statement):
    """
    A processing activity. Processes nest: a child states what is particular to part of its parent's processing and shares the parent's context.
    """
    id: str = Field(default=..., description="""An identifier unique within the file; the RDF output makes an IRI of it.""")
    title: LangText = Field(default=..., description="""A title or descriptive name, in one or more languages.""")
    data_subjects: Optional[list[Union[DpvDataSubject, DpvconvDataSubject]]] = Field(default=None, description="""Whose data (dpv:Customer, dpv:Visitor, dpv:JobApplicant, ...).""")
    purposes: Optional[list[Union[DpvPurpose, DpvconvPurpose]]] = Field(default=None, description="""Why the data is processed.""")
    personal_data: Optional[list[Union[DpvPersonalData, DpvconvPersonalData]]] = Field(default=None, description="""Which categories of personal data.""")
    processing: Optional[list[DpvProcessing]] = Field(default=None, description="""What is done with the data (dpv:Collect, dpv:Store, dpv:Profiling, ...).""")
    legal_bases: Optional[list[DpvLegalBasis]] = Field(default=None, description="""Legal bases (eu-gdpr:A6-1-a ... eu-gdpr:A6-1-f, eu-gdpr:A46-2-c, ...).""")
    legitimate_interests: Optional[list[LegitimateInterest]] = Field(default=None, description="""The legitimate interests the notice states.""")
    data_sources: Optional[list[DataSource]] = Field(default=None, description="""Where the data comes from.""")
    data_controllers: Optional[list[str]] = Field(default=None, description="""Organisations (ids) that are controllers for this process, where not the notice's controller.""")
    data_processors: Optional[list[str]] = Field(default=None, description="""Organisations (ids) that process the data on a controller's behalf.""")
    recipients: Optional[list[Recipient]] = Field(default=None, description="""Recipients of the data.""")
    retention: Optional[list[Retention]] = Field(default=None, description="""How long the data is kept.""")
    storage_locations: Optional[list[StorageLocation]] = Field(default=None, description="""Where the data is stored.""")
    transfers: Optional[list[Transfer]] = Field(default=None, description="""Transfers across borders.""")
    measures: Optional[list[Measure]] = Field(default=None, description="""Technical and organisational measures.""")
    technology_refs: Optional[list[str]] = Field(default=None, description="""Technologies (ids from the notice's technologies) this process uses.""")
    necessity: Optional[DpvNecessity] = Field(default=None, description="""Whether providing the data is required (dpv:Required, dpv:Optional, ...).""")
    decision_making: Optional[list[DpvDecisionMaking]] = Field(default=None, description="""Decision-making involved (dpv:AutomatedDecisionMaking).""")
    human_involvement: Optional[list[DpvHumanInvolvement]] = Field(default=None, description="""How humans are involved.""")
    automation_level: Optional[DpvAutomationLevel] = Field(default=None, description="""The level of automation.""")
    entity_involvement: Optional[list[DpvEntityInvolvement]] = Field(default=None, description="""What the data subject can do about the process (dpv:OptingOutFromProcess, ...).""")
    prohibitions: Optional[list[ProhibitedProcess]] = Field(default=None, description="""What the notice says is not done.""")
    processes: Optional[list[Process]] = Field(default=None, description="""Processing activities.""")
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


class LegitimateInterest(Statement):
    """
    The legitimate interest a notice states as the reason for processing.
    """
    interest_of: Optional[DpvLegalBasis] = Field(default=None, description="""Whose interest (dpv:LegitimateInterestOfController, ...OfThirdParty, ...).""")
    description: LangText = Field(default=..., description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


class DataSource(Statement):
    """
    Where personal data comes from.
    """
    name: Optional[str] = Field(default=None, description="""A proper name, as written in the notice ('Vimana Oy', 'Google Analytics').""")
    title: Optional[LangText] = Field(default=None, description="""A title or descriptive name, in one or more languages.""")
    kinds: list[DpvDataSource] = Field(default=..., description="""The kind of source (dpv:DataSubjectDataSource, dpv:PublicDataSource, ...).""")
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


class Recipient(Statement):
    """
    Who personal data is disclosed or made available to.
    """
    name: Optional[str] = Field(default=None, description="""A proper name, as written in the notice ('Vimana Oy', 'Google Analytics').""")
    title: Optional[LangText] = Field(default=None, description="""A title or descriptive name, in one or more languages.""")
    organisation: Optional[str] = Field(default=None, description="""The organisation (id), where the notice names which one.""")
    locations: Optional[list[DpvLocation]] = Field(default=None, description="""Countries or regions (loc:FI, loc:EU, loc:non-EEA, ...).""")
    kinds: list[DpvEntity] = Field(default=..., description="""The kind of recipient (dpv:DataProcessor, dpv:ThirdParty, dpv:Authority, ...).""")
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


class Retention(Statement):
    """
    How long data is kept. Give what the notice gives: a fixed duration, a minimum and a maximum, the event the period runs until or runs from, and what is done to the data at the end.
    """
    duration: Optional[str] = Field(default=None, description="""A fixed period (ISO 8601), counted from after_event where that is given.""")
    minimum_duration: Optional[str] = Field(default=None, description="""The shortest period the notice gives (ISO 8601).""")
    maximum_duration: Optional[str] = Field(default=None, description="""The longest period the notice gives (ISO 8601).""")
    until_event: Optional[LangText] = Field(default=None, description="""The event until which data is kept ('until you unsubscribe').""")
    after_event: Optional[LangText] = Field(default=None, description="""The event the period is counted from ('after the plan is cancelled').""")
    applies_to: Optional[list[Union[DpvPersonalData, DpvconvPersonalData]]] = Field(default=None, description="""The data this rule covers, where narrower than the process's data.""")
    end_of_retention: Optional[list[DpvProcessing]] = Field(default=None, description="""What is done to the data when the period ends (dpv:Erase, dpv:Anonymise, ...).""")
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


class StorageLocation(Statement):
    """
    Where data is stored or processed.
    """
    locations: list[DpvLocation] = Field(default=..., description="""Countries or regions (loc:FI, loc:EU, loc:non-EEA, ...).""")
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


class Transfer(Statement):
    """
    A transfer of personal data across borders, typically outside the EU/EEA.
    """
    locations: list[DpvLocation] = Field(default=..., description="""Where the data goes (loc:US, loc:non-EU, loc:non-EEA, ...).""")
    recipient_refs: Optional[list[str]] = Field(default=None, description="""The organisations (ids) that receive the transferred data, where named.""")
    legal_bases: Optional[list[DpvLegalBasis]] = Field(default=None, description="""Legal bases (eu-gdpr:A6-1-a ... eu-gdpr:A6-1-f, eu-gdpr:A46-2-c, ...).""")
    safeguards: Optional[list[Union[DpvMeasure, DpvconvMeasure]]] = Field(default=None, description="""The safeguards the notice names (eu-gdpr:SCCByCommission, ...).""")
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


class Measure(Statement):
    """
    A technical, organisational, physical or legal measure the notice states.
    """
    kinds: list[Union[DpvMeasure, DpvconvMeasure]] = Field(default=..., description="""The measures (dpv:AccessControlMethod, dpv:EncryptionInTransfer, ...).""")
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


class Technology(Statement):
    """
    A technology or named third-party service used in processing (cookies, Google Analytics).
    """
    id: str = Field(default=..., description="""An identifier unique within the file; the RDF output makes an IRI of it.""")
    name: Optional[str] = Field(default=None, description="""A proper name, as written in the notice ('Vimana Oy', 'Google Analytics').""")
    title: Optional[LangText] = Field(default=None, description="""A title or descriptive name, in one or more languages.""")
    url: Optional[str] = Field(default=None, description="""Where it is published on the web, as the source gives it (never invented).""")
    kinds: Optional[list[Union[DpvTechnology, DpvconvTechnology]]] = Field(default=None, description="""The kind of technology (tech:Cookie, tech:Service, ...).""")
    provider: Optional[str] = Field(default=None, description="""The company that provides it, as the notice names it.""")
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


class ProhibitedProcess(Statement):
    """
    Something the notice says is not done ('we do not sell personal data', 'no automated decision-making'). In RDF it hangs from dpv:hasProhibition, so 'not done' is told apart from 'not said'.
    """
    purposes: Optional[list[Union[DpvPurpose, DpvconvPurpose]]] = Field(default=None, description="""Why the data is processed.""")
    personal_data: Optional[list[Union[DpvPersonalData, DpvconvPersonalData]]] = Field(default=None, description="""Which categories of personal data.""")
    processing: Optional[list[DpvProcessing]] = Field(default=None, description="""What is done with the data (dpv:Collect, dpv:Store, dpv:Profiling, ...).""")
    decision_making: Optional[list[DpvDecisionMaking]] = Field(default=None, description="""Decision-making involved (dpv:AutomatedDecisionMaking).""")
    recipient_kinds: Optional[list[DpvEntity]] = Field(default=None, description="""To whom it is not done (dpv:ThirdParty, ...).""")
    exception: Optional[LangText] = Field(default=None, description="""The exception the notice makes ('unless you consent', 'except to authorities').""")
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


class RightStatement(Statement):
    """
    A right the notice grants and how to exercise it.
    """
    right: DpvRight = Field(default=..., description="""The right (eu-gdpr:A15 access, eu-gdpr:A17 erasure, ...).""")
    channels: Optional[list[str]] = Field(default=None, description="""Contact points (ids) where the right is exercised.""")
    identity_verification: Optional[LangText] = Field(default=None, description="""How the requester's identity is checked.""")
    fee: Optional[DpvFeeRequirement] = Field(default=None, description="""Whether exercising the right costs anything, where the notice says so plainly.""")
    response_time: Optional[str] = Field(default=None, description="""How soon the organisation answers a request (ISO 8601).""")
    description: Optional[LangText] = Field(default=None, description="""What the notice says, in its words and in English, where a typed slot cannot say it all.""")
    evidence: list[Evidence] = Field(default=..., description="""Verbatim quotes from the notice that support this statement.""")


# Model rebuild
# see https://pydantic-docs.helpmanual.io/usage/models/#rebuilding-a-model
LangText.model_rebuild()
Evidence.model_rebuild()
Statement.model_rebuild()
PrivacyNotice.model_rebuild()
Scope.model_rebuild()
ChangeNotice.model_rebuild()
Organisation.model_rebuild()
ContactPoint.model_rebuild()
DataProtectionOfficer.model_rebuild()
Representative.model_rebuild()
Process.model_rebuild()
LegitimateInterest.model_rebuild()
DataSource.model_rebuild()
Recipient.model_rebuild()
Retention.model_rebuild()
StorageLocation.model_rebuild()
Transfer.model_rebuild()
Measure.model_rebuild()
Technology.model_rebuild()
ProhibitedProcess.model_rebuild()
RightStatement.model_rebuild()
