# The English help of Test-KmsRpcEndpoint (Get-Help reads it from en-US/KmsDoctor-help.xml, made by build/help/New-KmsDoctorHelp.ps1).
@{
    Synopsis    = 'Binds to the KMS RPC interface on hosts'' activation ports (count-safe: no activation request).'
    Description = 'Runs `kmsdoctor rpc`: on each address whose port is open, a DCE/RPC bind to the KMS
        interface 51c82175-844e-4750-b0d8-ec255555bc06, plus a bind to a random interface that
        tells emulators (which accept anything) from Windows hosts. No KMS host counts it as a
        client. One KmsDoctor.RpcResult per address: PortState, BindVerdict (kms,
        interface-not-supported, bind-nak, not-rpc, ...), AcceptsAnyInterface and the target''s
        Verdict (ready, not-kms, port-closed, port-filtered, unresolved). A bind that was not
        attempted is $null.

        SRV records bind from the pipeline by property name (NameTarget and Port), like Test-KmsPort;
        other DNS records of the pipeline (Resolve-DnsName''s Additional section) are skipped. An
        invalid name is a non-terminating KmsDoctor.InvalidName error; the others are still bound.'
    Parameters  = @{
        ComputerName = 'Host names or IP addresses, optionally HOST:PORT. Aliases NameTarget, Target, CN.'
        Port = 'The activation port (default 1688). Binds the Port of SRV records.'
        DnsServer = 'DNS servers that resolve the names, IP or IP:PORT. Default: this machine''s resolvers.'
        TimeoutMs = 'Budget of each probe in milliseconds (default 3000).'
        Language = 'The language of the messages, errors and warnings, and of the findings'' titles,
            messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: the KMSDOCTOR_LANG
            environment variable when it is en or ja, else ja when $PSUICulture is ja-JP, else en.'
    }
    Examples    = @(
        @{
            Code    = 'Get-KmsSrvRecord lab.kms-doctor.test -DnsServer 127.0.0.1:53535 | Test-KmsRpcEndpoint -DnsServer 127.0.0.1:53535'
            Remarks = @(
                'ComputerName                 RemoteAddress   RemotePort PortState BindVerdict             Verdict     LatencyMs
                ------------                 -------------   ---------- --------- -----------             -------     ---------
                kms01.lab.kms-doctor.test    127.77.0.1           33113 open      kms                     ready             4.2
                kms02.lab.kms-doctor.test    127.77.0.2            1688 closed                            port-closed
                kms-old.lab.kms-doctor.test                        1688                                   unresolved
                web01.lab.kms-doctor.test    127.77.0.3           41657 open      not-rpc                 not-kms           3.8'
            )
        }
        @{
            Code    = 'Test-KmsRpcEndpoint kms01.contoso.com, kms02.contoso.com:1700 | Where-Object BindVerdict -ne ''kms'''
            Remarks = @(
                'Which endpoints are not KMS hosts (an emulator shows AcceptsAnyInterface = True).'
            )
        }
    )
    Links       = @('about_KmsDoctor')
}
