// DealdeskLanguage
