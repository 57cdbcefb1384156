[${reference}] Votre convention est signée
