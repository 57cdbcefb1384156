[${reference}] Votre demande de convention n'est pas retenue
