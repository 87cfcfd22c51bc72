# The English help of Get-KmsProduct (Get-Help reads it from en-US/KmsDoctor-help.xml, made by build/help/New-KmsDoctorHelp.ps1).
@{
    Synopsis    = 'Lists the products Invoke-KmsActivationProbe and Test-KmsConnectivity -Product can ask a
        KMS host for, with their ids, KMS group, protocol version and activation threshold.'
    Description = 'Runs `kmsdoctor activate-probe --list-products --json` and returns one KmsDoctor.Product
        per product: Name, Aliases, Family, SkuId, KmsCountedId, KmsGroup, ApplicationId,
        Protocol (the KMS protocol version its clients send) and MinimumCount (the count the
        host must reach before it activates that product: 25 for clients, 5 for servers and
        Office). UnverifiedIds is $true where the ids come from a single public source.'
    Parameters  = @{
        Name = 'Only products whose name or alias matches one of these wildcard patterns.'
        Language = 'The language of the messages, errors and warnings, and of the findings'' titles,
            messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: the KMSDOCTOR_LANG
            environment variable when it is en or ja, else ja when $PSUICulture is ja-JP, else en.'
    }
    Examples    = @(
        @{
            Code    = 'Get-KmsProduct *Server*'
            Remarks = @(
                'Name                               Family           KmsGroup                       Protocol Threshold
                ----                               ------           --------                       -------- ---------
                Windows Server 2025 Standard       windows-server   Windows Server 2025                   6         5
                ...'
                'The server products and the counts their hosts must reach.'
            )
        }
        @{
            Code    = 'Get-KmsProduct ''Windows 10 Enterprise'' | Select-Object Name, SkuId'
            Remarks = @(
                'Finds a product by one of its aliases.'
            )
        }
    )
    Links       = @('Invoke-KmsActivationProbe')
}
